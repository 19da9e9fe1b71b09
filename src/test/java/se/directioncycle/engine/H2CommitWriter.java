package se.directioncycle.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Child process of {@link DatabaseDurabilityTest}: commits rows one by one and acknowledges each
 * commit on stdout, until it is killed.
 */
public final class H2CommitWriter {

  private H2CommitWriter() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
      connection.createStatement().execute("create table if not exists acknowledged (n integer primary key)");
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged (n) values (?)")) {
        for (int n = 1; ; n++) {
          insert.setInt(1, n);
          insert.executeUpdate();
          connection.commit();
          System.out.println("committed " + n);
          System.out.flush();
        }
      }
    }
  }
}

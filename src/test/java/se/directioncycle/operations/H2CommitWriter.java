package se.directioncycle.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Child process of {@link DatabaseDurabilityTest}: commits rows one by one and acknowledges each commit on stdout,
 * until it is killed. Every commit also rewrites a row of a side table, so chunks turn sparse, and the application's
 * {@link H2FileHousekeeping} moves and rewrites chunks meanwhile, as in the running application.
 */
public final class H2CommitWriter {

  private H2CommitWriter() {}

  public static void main(String[] args) throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(args[0]);
    dataSource.setUser("sa");
    H2FileHousekeeping housekeeping = new H2FileHousekeeping(dataSource, 80, 1 << 20);
    ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "housekeeping");
      thread.setDaemon(true);
      return thread;
    });
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute("create table if not exists acknowledged (n integer primary key)");
      connection.createStatement().execute("create table if not exists churn (id integer primary key, v varchar(200))");
      connection.setAutoCommit(false);
      rounds.scheduleWithFixedDelay(housekeeping::compact, 5, 5, TimeUnit.MILLISECONDS);
      try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged (n) values (?)");
          PreparedStatement churn = connection.prepareStatement("merge into churn key (id) values (?, ?)")) {
        for (int n = 1; ; n++) {
          insert.setInt(1, n);
          insert.executeUpdate();
          churn.setInt(1, n % 100);
          churn.setString(2, "row " + n + " ".repeat(150));
          churn.executeUpdate();
          connection.commit();
          System.out.println("committed " + n);
          System.out.flush();
        }
      }
    }
  }
}

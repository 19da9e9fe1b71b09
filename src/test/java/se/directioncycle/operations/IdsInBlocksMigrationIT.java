package se.directioncycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.directioncycle.support.TestPostgres;

/**
 * V18 (ADR 0025) on a database that already has rows: each table written many rows at a time gets a sequence whose
 * first block starts above the table's largest id, steps of 50 (Hibernate's pooled-lo reads a value as the first id
 * of its block), and the sequence as the column's default, so a row inserted by hand never takes an id of a block.
 */
class IdsInBlocksMigrationIT {

  private static final List<String> TABLES = List.of("notification", "observation", "indicator_value",
      "indicator_total", "ranked_problem", "safety_survey_row");

  @AutoClose
  private EmbeddedPostgres postgres;

  @Test
  void onH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:ids-in-blocks;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    migrateOverExistingRows(h2, "h2", "next value for %s");
  }

  @Test
  void onPostgresql() {
    postgres = TestPostgres.start();
    migrateOverExistingRows(postgres.getDatabase(TestPostgres.USER, TestPostgres.DATABASE), "postgresql",
        "nextval('%s')");
  }

  private static void migrateOverExistingRows(DataSource dataSource, String vendor, String nextValue) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    flyway(dataSource, vendor).target("17").load().migrate();
    // rows from before: two by the identity column, one far above it
    insertNotification(jdbc, null, "a");
    insertNotification(jdbc, null, "b");
    insertNotification(jdbc, 120L, "c");

    flyway(dataSource, vendor).load().migrate();

    long block = jdbc.queryForObject("select " + nextValue.formatted("notification_seq"), Long.class);
    assertThat(block).as("the first block starts above the largest id").isEqualTo(121);
    long next = jdbc.queryForObject("select " + nextValue.formatted("notification_seq"), Long.class);
    assertThat(next - block).as("a block is 50 ids").isEqualTo(50);
    insertNotification(jdbc, null, "by hand");
    long byHand = jdbc.queryForObject("select id from notification where idempotency_key = 'by hand'", Long.class);
    assertThat(byHand).as("a row inserted by hand takes the next block, not an id of one handed out")
        .isGreaterThanOrEqualTo(next + 50);
    for (String table : TABLES) {
      assertThat(jdbc.queryForObject("select " + nextValue.formatted(table + "_seq"), Long.class))
          .as("%s has its sequence", table).isPositive();
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource, String vendor) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
  }

  private static void insertNotification(JdbcTemplate jdbc, Long id, String key) {
    String columns = "municipality, recipient_group, kind, subject, body, idempotency_key, created_at";
    if (id == null) {
      jdbc.update("insert into notification (" + columns + ") values ('m', 'm-g', 'K', 's', 'b', ?, current_timestamp)",
          key);
    } else {
      jdbc.update("insert into notification (id, " + columns + ")"
          + " values (?, 'm', 'm-g', 'K', 's', 'b', ?, current_timestamp)", id, key);
    }
  }
}

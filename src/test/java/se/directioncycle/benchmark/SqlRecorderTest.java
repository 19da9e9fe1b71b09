package se.directioncycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The statement profile's grouping: how the benchmark attributes a statement to a table and counts texts. */
class SqlRecorderTest {

  @Test
  void aStatementCountsForTheFirstTableItReadsOrWrites() {
    assertThat(SqlRecorder.table("select * from ACT_RU_JOBDEF where ID_ = ?")).isEqualTo("act_ru_jobdef");
    assertThat(SqlRecorder.table("SELECT RES.*, ( case when RES.TASK_ID_ is not null then EXECUTION.ACT_INST_ID_ end )"
        + " ACT_INST_ID_\n  from ACT_RU_VARIABLE RES left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ ="
        + " EXECUTION.ID_")).isEqualTo("act_ru_variable");
    assertThat(SqlRecorder.table("insert into notification (body,id) values (?,default)")).isEqualTo("notification");
    assertThat(SqlRecorder.table("update ACT_RU_EXECUTION set REV_ = ? where ID_ = ?")).isEqualTo("act_ru_execution");
    assertThat(SqlRecorder.table("delete from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?"))
        .isEqualTo("act_ru_authorization");
    assertThat(SqlRecorder.table("SELECT IFNULL((SELECT CASE WHEN EXISTS (SELECT A.RESOURCE_ID_ FROM"
        + " ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = 1) THEN 1 END), 0)")).isEqualTo("act_ru_authorization");
    assertThat(SqlRecorder.table("call next value for hibernate_sequence")).isEqualTo("other");
  }

  @Test
  void theProfileCountsEachTextAndEachTablePerCycle() {
    List<SqlRecorder.Statement> statements = List.of(
        new SqlRecorder.Statement("select * from ACT_RU_JOB where ID_ = ?", 1_000_000, null),
        new SqlRecorder.Statement("select *  from ACT_RU_JOB\n where ID_ = ?", 3_000_000, null),
        new SqlRecorder.Statement("delete from ACT_RU_JOB where ID_ = ?", 2_000_000, null),
        new SqlRecorder.Statement("insert into cycle (id) values (?)", 2_000_000, null));

    String profile = SqlRecorder.profile("app", statements, 1, 2);

    assertThat(profile).contains("app: the 1 most frequent of 4 statements")
        .contains("      1.0    2.00  select * from ACT_RU_JOB where ID_ = ?")
        .doesNotContain("delete from ACT_RU_JOB")
        .contains("      1.5  act_ru_job").contains("      0.5  cycle");
    assertThat(SqlRecorder.profile("app", List.of(), 1, 2)).isEmpty();
  }

  @Test
  void onlyTransactionsThatWroteCountAsWritingCommits() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:sql-recorder;DB_CLOSE_DELAY=-1");
    SqlRecorder recorder = new SqlRecorder();
    DataSource counted = recorder.wrap(h2);
    try (Connection connection = counted.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table t (id int)");
    }
    recorder.reset();

    try (Connection connection = counted.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeQuery("select count(*) from t").close();
      connection.commit(); // read only
      statement.executeUpdate("insert into t values (1)");
      try (var insert = connection.prepareStatement("insert into t values (?)")) {
        insert.setInt(1, 2);
        insert.executeUpdate();
      }
      connection.commit(); // wrote
      statement.executeUpdate("insert into t values (3)");
      connection.rollback(); // wrote nothing that stays
      statement.executeQuery("select * from t").close();
      connection.commit(); // read only again
      statement.executeUpdate("delete from t where id = 1");
      connection.commit(); // wrote
      try (var batch = connection.prepareStatement("insert into t values (?)")) {
        for (int id = 10; id < 13; id++) {
          batch.setInt(1, id);
          batch.addBatch();
        }
        batch.executeBatch();
      }
      connection.commit(); // wrote three rows in one statement
    }

    assertThat(recorder.writingCommits()).isEqualTo(3);
    assertThat(recorder.statements()).isEqualTo(7);
    // insert 1, insert 2, insert 3 (rolled back, but sent), delete, and the batch's three rows
    assertThat(recorder.rowsWritten()).isEqualTo(7);
  }
}

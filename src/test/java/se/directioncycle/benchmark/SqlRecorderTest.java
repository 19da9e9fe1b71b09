package se.directioncycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}

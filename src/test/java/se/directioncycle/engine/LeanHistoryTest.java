package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * What the history keeps of a process with variables, a job and a user task whose boundary timer is deleted when the
 * task completes: everything but variables and the job log's creations and deletions, unless asked for, and the
 * deleted timer's job definition is not read just to log its deletion.
 */
class LeanHistoryTest {

  private static final BpmnModelInstance MODEL = CountingEngine.asyncStepThenTaskWithTimer("lean");

  @Test
  void keepsNeitherVariablesNorTheJobLogsCreationsAndDeletions() {
    try (CountingEngine node = new CountingEngine("lean", "ACT_RU_JOBDEF", MODEL, new LeanHistory(false, false))) {
      String instance = runThrough(node);

      assertThat(node.reads()).as("job definitions read while the task with its timer completed").isZero();
      var history = node.engine().getHistoryService();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
      assertThat(jobLog(node.engine(), instance)).as("the job's success only, with its definition and activity")
          .containsExactly("successful async-continuation prepare");
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).finished().count())
          .as("start, prepare, report, end: activities are kept").isEqualTo(4);
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count()).isOne();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
      assertThat(((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration()).getHistoryLevel()
          .getName()).as("the database keeps the level it was created with").isEqualTo("full");
    }
  }

  @Test
  void keepsEverythingWhenBothAreAskedFor() {
    try (CountingEngine node = new CountingEngine("lean-all", "ACT_RU_JOBDEF", MODEL, new LeanHistory(true, true))) {
      String instance = runThrough(node);

      assertThat(node.reads()).as("the deleted timer's definition, read for its log entry").isOne();
      var history = node.engine().getHistoryService();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isEqualTo(2);
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isPositive();
      assertThat(jobLog(node.engine(), instance)).contains("created async-continuation prepare",
          "successful async-continuation prepare", "created timer-transition late", "deleted timer-transition late");
    }
  }

  /** Starts the process with two variables, runs its job and completes the task (counted). */
  private static String runThrough(CountingEngine node) {
    ProcessEngine engine = node.engine();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("lean",
        Map.of("title", "Trygg kväll", "rounds", 3)).getId();
    var job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    engine.getManagementService().executeJob(job.getId());
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    node.reads();
    engine.getTaskService().complete(task);
    return instance;
  }

  private static List<String> jobLog(ProcessEngine engine, String instance) {
    return engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance).list().stream()
        .map(LeanHistoryTest::describe).toList();
  }

  private static String describe(HistoricJobLog entry) {
    String state = entry.isCreationLog() ? "created" : entry.isSuccessLog() ? "successful"
        : entry.isDeletionLog() ? "deleted" : "failed";
    return state + " " + entry.getJobDefinitionType() + " " + entry.getActivityId();
  }
}

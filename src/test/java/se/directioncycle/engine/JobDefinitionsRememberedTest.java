package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * A job that runs: its activity and its log entry come from the definition this node has read before, without a
 * query; a new job still reads its definition, and gets its suspension.
 */
class JobDefinitionsRememberedTest {

  private static final BpmnModelInstance MODEL = CountingEngine.asyncStepThenTaskWithTimer("jobs");

  @Test
  void theSecondInstanceRunsItsJobWithoutReadingItsDefinition() {
    try (CountingEngine node = engine("jobs-remembered", new JobDefinitionsRemembered())) {
      runThrough(node); // the first instance: the definitions are read once
      int[] reads = runThrough(node);

      assertThat(reads[0]).as("job definitions read while the job ran: the new timer's own").isOne();
      assertThat(reads[1]).as("job definitions read while the task completed and its timer went").isZero();
      assertThat(successLog(node.engine())).containsOnly("async-continuation async-before prepare");
    }
  }

  @Test
  void withoutItTheEngineReadsThemEachTime() {
    try (CountingEngine node = engine("jobs-read")) {
      runThrough(node);
      int[] reads = runThrough(node);

      assertThat(reads[0]).as("the job's own, for its activity and log entry, and the new timer's").isEqualTo(2);
      assertThat(reads[1]).isZero();
      assertThat(successLog(node.engine())).containsOnly("async-continuation async-before prepare");
    }
  }

  @Test
  void aNewJobOfASuspendedDefinitionIsSuspended() {
    try (CountingEngine node = engine("jobs-suspended", new JobDefinitionsRemembered())) {
      runThrough(node);
      var management = node.engine().getManagementService();
      JobDefinition timer = management.createJobDefinitionQuery().activityIdIn("late").singleResult();
      management.suspendJobDefinitionById(timer.getId());

      String instance = node.engine().getRuntimeService().startProcessInstanceByKey("jobs").getId();
      management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());

      assertThat(management.createJobQuery().processInstanceId(instance).activityId("late").singleResult()
          .isSuspended()).as("created after its definition was suspended").isTrue();
    }
  }

  private static CountingEngine engine(String name, ProcessEnginePlugin... plugins) {
    List<ProcessEnginePlugin> all = new java.util.ArrayList<>(List.of(plugins));
    all.add(new LeanHistory(false, false));
    return new CountingEngine(name, "ACT_RU_JOBDEF", MODEL, all.toArray(ProcessEnginePlugin[]::new));
  }

  /** Starts an instance, runs its job, completes its task: the definitions read by the last two steps. */
  private static int[] runThrough(CountingEngine node) {
    ProcessEngine engine = node.engine();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("jobs").getId();
    var management = engine.getManagementService();
    String job = management.createJobQuery().processInstanceId(instance).singleResult().getId();
    node.reads();
    management.executeJob(job);
    int ran = node.reads();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    node.reads();
    engine.getTaskService().complete(task);
    int completed = node.reads();
    assertThat(management.createJobQuery().processInstanceId(instance).count()).as("the timer went").isZero();
    return new int[] {ran, completed};
  }

  private static List<String> successLog(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
        .map(JobDefinitionsRememberedTest::describe).toList();
  }

  private static String describe(HistoricJobLog entry) {
    return entry.getJobDefinitionType() + " " + entry.getJobDefinitionConfiguration() + " " + entry.getActivityId();
  }
}

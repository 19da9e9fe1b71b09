package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A job that still has retries is deleted without looking for incidents; one without retries has its incident. */
class FewerIncidentQueriesTest {

  /** The model's asynchronous step: fails while the variable {@code fail} is true. */
  public static class FailsWhenAsked implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
        throw new IllegalStateException("asked to fail");
      }
    }
  }

  @AutoClose
  private final CountingEngine engine = new CountingEngine("fewer-incident-queries", "ACT_RU_INCIDENT",
      Bpmn.createExecutableProcess("step").startEvent()
          .serviceTask("work").camundaAsyncBefore().camundaClass(FailsWhenAsked.class.getName())
          .userTask("after")
          .endEvent().done(),
      new FewerIncidentQueries());
  private final RuntimeService runtime = engine.engine().getRuntimeService();
  private final ManagementService management = engine.engine().getManagementService();
  private final HistoryService history = engine.engine().getHistoryService();

  @Test
  void aJobThatRunsAtOnceAsksForNoIncident() {
    String instance = runtime.startProcessInstanceByKey("step", Map.of("fail", false)).getId();
    String job = management.createJobQuery().processInstanceId(instance).singleResult().getId();

    engine.reads();
    management.executeJob(job);

    assertThat(engine.reads()).as("incident queries while the job ran and was deleted").isZero();
    assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    assertThat(runtime.createExecutionQuery().processInstanceId(instance).activityId("after").count()).isOne();
  }

  @Test
  void aJobWithoutRetriesKeepsItsIncidentUntilItIsRetriedAndRuns() {
    String instance = runtime.startProcessInstanceByKey("step", Map.of("fail", true)).getId();
    String job = failUntilNoRetriesLeft(instance);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isOne();

    runtime.setVariable(instance, "fail", false);
    management.setJobRetries(job, 1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    management.executeJob(job);

    assertThat(runtime.createExecutionQuery().processInstanceId(instance).activityId("after").count()).isOne();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(instance).resolved().count()).isOne();
  }

  @Test
  void aJobWithoutRetriesTakesItsIncidentWithItWhenItsInstanceIsDeleted() {
    String instance = runtime.startProcessInstanceByKey("step", Map.of("fail", true)).getId();
    failUntilNoRetriesLeft(instance);

    runtime.deleteProcessInstance(instance, "test");

    assertThat(runtime.createIncidentQuery().count()).isZero();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(instance).open().count()).isZero();
  }

  private String failUntilNoRetriesLeft(String instance) {
    String job = management.createJobQuery().processInstanceId(instance).singleResult().getId();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("asked to fail");
    }
    assertThat(management.createJobQuery().jobId(job).singleResult().getRetries()).isZero();
    return job;
  }
}

package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A task and a job inside a sub-process: completing or running them reads their execution with its tree in one
 * query, and the process goes on as before.
 */
class ExecutionTreesReadWholeTest {

  @AutoClose
  private final CountingEngine engine = new CountingEngine("execution-trees", "ACT_RU_EXECUTION",
      Bpmn.createExecutableProcess("period").startEvent()
          .subProcess().embeddedSubProcess().startEvent()
          .userTask("report").multiInstance().parallel().cardinality("2").multiInstanceDone()
          .serviceTask("tally").camundaAsyncBefore().camundaExpression("${true}")
          .userTask("close")
          .endEvent().subProcessDone()
          .endEvent().done(),
      new ExecutionTreesReadWhole());
  private final RuntimeService runtime = engine.engine().getRuntimeService();
  private final TaskService tasks = engine.engine().getTaskService();
  private final ManagementService management = engine.engine().getManagementService();

  @Test
  void aTaskAndAJobReadTheirExecutionWithItsTreeInOneQuery() {
    String instance = runtime.startProcessInstanceByKey("period", Map.of("municipality", "kalix")).getId();
    var reports = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("report").list();
    assertThat(reports).hasSize(2);

    engine.reads();
    tasks.complete(reports.get(0).getId());
    assertThat(engine.reads()).as("execution queries completing the first report").isOne();
    tasks.complete(reports.get(1).getId());
    assertThat(engine.reads()).as("execution queries completing the last report").isOne();

    String job = management.createJobQuery().processInstanceId(instance).singleResult().getId();
    engine.reads();
    management.executeJob(job);
    assertThat(engine.reads()).as("execution queries running the job").isOne();

    String close = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("close").singleResult()
        .getId();
    assertThat(tasks.getVariable(close, "municipality")).isEqualTo("kalix");
    tasks.complete(close);
    assertThat(engine.engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
        .completed().count()).isOne();
  }
}

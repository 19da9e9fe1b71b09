package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A task inside a multi-instance sub-process reads the process instance's variables through five scopes (the task,
 * its execution, the multi-instance body, the sub-process, the process instance): one query answers all of them,
 * and each scope still gets exactly its own variables.
 */
class VariablesLoadedPerProcessInstanceTest {

  /** Start, a sub-process holding two parallel report tasks, end. */
  @AutoClose
  private final CountingEngine engine = new CountingEngine("variables-loaded", "ACT_RU_VARIABLE",
      Bpmn.createExecutableProcess("loads").startEvent()
          .subProcess().embeddedSubProcess().startEvent()
          .userTask("report").multiInstance().parallel().cardinality("2").multiInstanceDone()
          .endEvent().subProcessDone()
          .endEvent().done(),
      new VariablesLoadedPerProcessInstance());
  private final RuntimeService runtime = engine.engine().getRuntimeService();
  private final TaskService tasks = engine.engine().getTaskService();

  @Test
  void oneQueryReadsAVariableOfTheProcessInstanceFromATaskFiveScopesBelow() {
    String instance = runtime.startProcessInstanceByKey("loads", Map.of("municipality", "kalix")).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).list().get(0);

    engine.reads();
    Object municipality = tasks.getVariable(task.getId(), "municipality");

    assertThat(municipality).isEqualTo("kalix");
    assertThat(engine.reads()).as("queries for variables in the one command").isOne();
  }

  @Test
  void eachScopeGetsItsOwnVariablesAndTheInnermostNameWins() {
    String instance = runtime.startProcessInstanceByKey("loads", Map.of("municipality", "kalix", "note", "instance"))
        .getId();
    List<Task> reports = tasks.createTaskQuery().processInstanceId(instance).list();
    Task first = reports.get(0);
    Task second = reports.get(1);
    tasks.setVariableLocal(first.getId(), "trafficLight", "GREEN");
    runtime.setVariableLocal(first.getExecutionId(), "note", "first's execution");

    assertThat(tasks.getVariablesLocal(first.getId())).containsExactly(Map.entry("trafficLight", "GREEN"));
    assertThat(tasks.getVariablesLocal(second.getId())).isEmpty();
    assertThat(tasks.getVariables(first.getId())).containsEntry("trafficLight", "GREEN")
        .containsEntry("note", "first's execution").containsEntry("municipality", "kalix")
        .containsEntry("nrOfInstances", 2);
    assertThat(tasks.getVariables(second.getId())).doesNotContainKey("trafficLight")
        .containsEntry("note", "instance");
    assertThat(List.of(tasks.getVariable(first.getId(), "loopCounter"), tasks.getVariable(second.getId(), "loopCounter")))
        .containsExactlyInAnyOrder(0, 1);
    assertThat(tasks.getVariablesLocal(first.getId(), List.of("nothing"))).isEmpty();
    assertThat(runtime.getVariablesLocal(instance)).containsOnlyKeys("municipality", "note");
  }

  @Test
  void whatACommandWritesIsWhatTheNextOneReads() {
    String instance = runtime.startProcessInstanceByKey("loads", Map.of("municipality", "kalix")).getId();
    List<Task> reports = tasks.createTaskQuery().processInstanceId(instance).list();

    tasks.complete(reports.get(0).getId(), Map.of("lastTrafficLight", "RED"));
    assertThat(tasks.getVariable(reports.get(1).getId(), "lastTrafficLight")).isEqualTo("RED");
    assertThat(runtime.getVariable(instance, "nrOfCompletedInstances")).isNull(); // the body's own, not the instance's
    tasks.complete(reports.get(1).getId(), Map.of("lastTrafficLight", "GREEN"));

    var history = engine.engine().getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).completed().count()).isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("lastTrafficLight").singleResult().getValue()).isEqualTo("GREEN");
  }
}

package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.directioncycle.support.ProcessTestSupport;

/**
 * A list set for a model is stored in the form that model reads: one String when the model reads it through the
 * bean, a list when a model deployed before ListVariable iterates the variable itself. Either way the
 * multi-instance gets one instance per item, in order.
 */
class ListVariableProcessTest extends ProcessTestSupport {

  ListVariableProcessTest() {
    super(Instant.parse("2030-01-07T08:00:00Z"));
  }

  @BeforeEach
  void registerSetter() {
    Mocks.register("setGroups", (JavaDelegate) execution -> execution.setVariable("groups",
        ListVariable.of(execution, "groups", List.of("kalix-police", "kalix-school"))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "${listVariable.items(groups)} | java.lang.String",
      "${groups}                     | java.util.ArrayList"})
  void theListIsStoredAsTheModelReadsItAndEachItemGetsItsInstance(String collection, Class<?> stored) {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnModelInstance model = Bpmn.createExecutableProcess("lists").startEvent()
        .serviceTask("set").camundaDelegateExpression("${setGroups}")
        .receiveTask("wait").multiInstance().parallel().camundaCollection(collection)
        .camundaElementVariable("group").multiInstanceDone()
        .endEvent().done();
    String deployment = engine.getRepositoryService().createDeployment().addModelInstance("lists.bpmn", model)
        .deploy().getId();
    try {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("lists");

      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "groups")).isInstanceOf(stored);
      assertThat(engine.getRuntimeService().createExecutionQuery().activityId("wait").list().stream()
          .map(e -> engine.getRuntimeService().getVariableLocal(e.getId(), "group")))
          .containsExactlyInAnyOrder("kalix-police", "kalix-school");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }
}

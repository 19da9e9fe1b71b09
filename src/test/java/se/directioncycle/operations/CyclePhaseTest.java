package se.directioncycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

class CyclePhaseTest {

  @Test
  void aCycleIsInThePhaseOfItsLatestActiveActivity() {
    assertThat(CyclePhase.of(List.of("UserTask_SubmitSituationInput"))).contains(CyclePhase.SITUATION_REPORT);
    assertThat(CyclePhase.of(List.of("UserTask_EvaluateIntervention"))).contains(CyclePhase.EVALUATION);
    assertThat(CyclePhase.of(List.of("UserTask_DecideDirection"))).contains(CyclePhase.DIRECTION);
    assertThat(CyclePhase.of(List.of("UserTask_ReviewSituationReport", "CallActivity_FollowUpIntervention")))
        .contains(CyclePhase.FOLLOW_UP);
    assertThat(CyclePhase.of(List.of("SomethingElse"))).isEmpty();
  }

  @Test
  void everyActivityOfTheCycleHasAPhaseAndEveryPhaseActivityExists() {
    Set<String> activities = Bpmn.readModelFromFile(new File("bpmn/quarterly-direction-cycle.bpmn"))
        .getModelElementsByType(FlowNode.class).stream()
        .filter(node -> node.getClass().getSimpleName().matches("(UserTask|ServiceTask|CallActivity|SubProcess|BusinessRuleTask)Impl"))
        .map(FlowNode::getId).collect(Collectors.toSet());
    assertThat(activities).isNotEmpty();
    for (String activity : activities) {
      assertThat(CyclePhase.of(List.of(activity))).as("phase of %s", activity).isPresent();
    }
  }
}

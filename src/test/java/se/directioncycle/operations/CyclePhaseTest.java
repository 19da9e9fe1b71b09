package se.directioncycle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/** The cycle's phases as the model says them (the `phase` extension property of its elements). */
class CyclePhaseTest {

  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("bpmn/quarterly-direction-cycle.bpmn"));
  static final Map<String, CyclePhase> PHASES = CyclePhases.read(MODEL);

  @Test
  void aCycleIsInThePhaseOfItsLatestActiveActivity() {
    assertThat(phaseOf("UserTask_SubmitSituationInput")).contains(CyclePhase.SITUATION_REPORT);
    assertThat(phaseOf("UserTask_EvaluateIntervention")).contains(CyclePhase.EVALUATION);
    assertThat(phaseOf("UserTask_EvaluateIntervention#multiInstanceBody")).contains(CyclePhase.EVALUATION);
    assertThat(phaseOf("UserTask_DecideDirection")).contains(CyclePhase.DIRECTION);
    assertThat(phaseOf("UserTask_ReviewSituationReport", "CallActivity_FollowUpIntervention"))
        .contains(CyclePhase.FOLLOW_UP);
    assertThat(phaseOf("CallActivity_FollowUpIntervention", "UserTask_ReviewSituationReport"))
        .as("the order they are listed in does not matter").contains(CyclePhase.FOLLOW_UP);
    assertThat(phaseOf("SomethingElse")).isEmpty();
    assertThat(phaseOf("Gateway_CollectionClosed")).as("gateways and events have no phase").isEmpty();
  }

  @Test
  void everyActivityOfTheCycleHasAPhaseAndEveryPhaseHasActivities() {
    Set<String> activities = MODEL.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> node.getClass().getSimpleName().matches("(UserTask|ServiceTask|CallActivity|SubProcess|BusinessRuleTask)Impl"))
        .map(FlowNode::getId).collect(Collectors.toSet());
    assertThat(activities).isNotEmpty();
    assertThat(PHASES.keySet()).as("only activities have a phase").isEqualTo(activities);
    assertThat(Set.copyOf(PHASES.values())).containsExactlyInAnyOrder(CyclePhase.values());
  }

  @Test
  void theFourPhasesFollowEachOtherInTheModel() {
    assertThat(PHASES).containsEntry("ServiceTask_RegisterCycle", CyclePhase.SITUATION_REPORT)
        .containsEntry("SubProcess_CollectSituationInput", CyclePhase.SITUATION_REPORT)
        .containsEntry("ServiceTask_SendSubmissionReminder", CyclePhase.SITUATION_REPORT)
        .containsEntry("ServiceTask_PublishSituationReport", CyclePhase.SITUATION_REPORT)
        .containsEntry("ServiceTask_LoadPreviousDecision", CyclePhase.EVALUATION)
        .containsEntry("ServiceTask_SummarizeEvaluation", CyclePhase.EVALUATION)
        .containsEntry("ServiceTask_PrepareDirectionProposal", CyclePhase.DIRECTION)
        .containsEntry("ServiceTask_NotifyResponsibleParties", CyclePhase.DIRECTION)
        .containsEntry("ServiceTask_CloseCycle", CyclePhase.FOLLOW_UP);
  }

  @Test
  void aPhaseThatIsNoneOfTheFourIsRefused() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:userTask id="UserTask_X">
              <bpmn:extensionElements>
                <camunda:properties><camunda:property name="phase" value="Lägesbild" /></camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
          </bpmn:process>
        </bpmn:definitions>
        """;
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> CyclePhases.read(model)).hasMessageContaining("UserTask_X has phase 'Lägesbild'");
  }

  private static java.util.Optional<CyclePhase> phaseOf(String... activeActivityIds) {
    return CyclePhases.latest(PHASES, List.of(activeActivityIds));
  }
}

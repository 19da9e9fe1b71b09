package se.directioncycle.evaluation;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;

/**
 * `ServiceTask_LoadPreviousDecision`: the municipality's latest registered decision before this
 * quarter, and who evaluates each of its interventions. None means the evaluation is skipped.
 */
@Component
class LoadPreviousDecisionDelegate implements JavaDelegate {

  private final DirectionDecisionService decisions;

  LoadPreviousDecisionDelegate(DirectionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = new Quarter(((Number) execution.getVariable(YEAR)).intValue(),
        ((Number) execution.getVariable(QUARTER)).intValue());
    Optional<DirectionDecision> previous = decisions.latestRegisteredBefore(municipality(execution), quarter);
    List<Intervention> interventions = previous.map(d -> decisions.interventionsOf(d.getId())).orElse(List.of());
    HashMap<String, String> groups = new HashMap<>();
    interventions.forEach(i -> groups.put(String.valueOf(i.getId()), i.responsibleGroup()));
    execution.setVariable(PREVIOUS_DECISION_EXISTS, !interventions.isEmpty());
    execution.setVariable(PREVIOUS_DECISION_ID, previous.map(DirectionDecision::getId).orElse(null));
    setIds(execution, INTERVENTIONS_TO_EVALUATE, interventions.stream().map(Intervention::getId).toList());
    execution.setVariable(EVALUATION_GROUPS, groups);
  }
}

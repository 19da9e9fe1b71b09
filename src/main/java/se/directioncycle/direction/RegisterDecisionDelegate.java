package se.directioncycle.direction;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** `ServiceTask_RegisterDecision`: numbers, freezes and archives the approved decision. */
@Component
class RegisterDecisionDelegate implements JavaDelegate {

  private final DirectionDecisionService decisions;

  RegisterDecisionDelegate(DirectionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectionDecision decision = decisions.register(cycleId(execution),
        (String) execution.getVariable(MUNICIPALITY_NAME));
    execution.setVariable(DECISION_ID, decision.getId());
    execution.setVariable(DECISION_NUMBER, decision.getDecisionNumber());
    setIds(execution, DECIDED_INTERVENTION_IDS,
        decisions.interventionsOf(decision.getId()).stream().map(Intervention::getId).toList());
  }
}

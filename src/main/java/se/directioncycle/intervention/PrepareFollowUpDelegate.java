package se.directioncycle.intervention;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.input.TextVariable;

/** `ServiceTask_PrepareFollowUp`: who reports on this intervention (the lead, then each participant). */
@Component
class PrepareFollowUpDelegate implements JavaDelegate {

  private final DirectionDecisionService decisions;

  PrepareFollowUpDelegate(DirectionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Intervention intervention = decisions.intervention(interventionId(execution));
    execution.setVariable(RESPONSIBLE_GROUP, intervention.responsibleGroup());
    ListVariable.set(execution, REPORTING_GROUPS, intervention.reportingGroups());
    execution.setVariable(INTERVENTION_TITLE, TextVariable.shown(intervention.getTitle()));
  }
}

package se.directioncycle.direction;

import se.directioncycle.system.TextVariable;
import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.system.TaskInputValidator;

/** `UserTask_ProposeDirection`: validates the proposal and saves it as the decision's draft. */
@Component
public class DirectionProposalTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_ProposeDirection";

  private final DirectionDecisionService decisions;
  private final ProposalInputs inputs;
  private final MunicipalityRegistry municipalities;

  DirectionProposalTaskListener(DirectionDecisionService decisions, ProposalInputs inputs,
      MunicipalityRegistry municipalities) {
    this.decisions = decisions;
    this.inputs = inputs;
    this.municipalities = municipalities;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(DIRECTION_PROPOSAL);
  }

  @Override
  public void validate(VariableScope task) {
    inputs.parse(task);
  }

  @Override
  public void notify(DelegateTask task) {
    DirectionProposal proposal = inputs.parse(task);
    DirectionDecision draft = decisions.saveDraft(cycleId(task), municipalities.get(municipality(task)),
        ProposalInputs.quarter(task), proposal);
    task.setVariable(PROPOSAL_SUMMARY, TextVariable.shown(DirectionDecisionService.summary(draft)));
    // A new version gets a fresh decision: the returned comment stays in the proposal context and the decision record.
    task.setVariable(CHAIR_DECISION, "");
    task.setVariable(CHAIR_COMMENT, "");
  }
}

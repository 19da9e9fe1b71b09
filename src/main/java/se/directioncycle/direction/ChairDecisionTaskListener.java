package se.directioncycle.direction;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.system.ApproveOrReturn;
import se.directioncycle.system.DateWindow;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.JsonInput;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_DecideDirection`: the chair approves (meeting date and protocol paragraph required) or
 * returns the proposal with comments (comment required), which the proposal form then shows.
 */
@Component
public class ChairDecisionTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_DecideDirection";
  /** The period the meeting date is checked against, as the form's description names it. */
  public static final String PERIOD = "kvartalets";

  private static final ApproveOrReturn.Fields FIELDS = new ApproveOrReturn.Fields(CHAIR_DECISION, CHAIR_APPROVES,
      CHAIR_RETURNS, CHAIR_COMMENT, MEETING_DATE, "Sammanträdesdatum", PROTOCOL_PARAGRAPH);

  private final DirectionDecisionService decisions;
  private final ProposalInputs inputs;
  private final MunicipalityRegistry municipalities;

  ChairDecisionTaskListener(DirectionDecisionService decisions, ProposalInputs inputs,
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
    return FIELDS.names();
  }

  @Override
  public void validate(VariableScope task) {
    ApproveOrReturn.read(task, FIELDS, window(task));
  }

  @Override
  public void notify(DelegateTask task) {
    ApproveOrReturn decision = ApproveOrReturn.read(task, FIELDS, window(task));
    long cycleId = cycleId(task);
    if (decision.approved()) {
      decisions.recordApproval(cycleId, decision.date(), decision.protocolParagraph().intValue(),
          CurrentUser.idOrNull());
    } else {
      decisions.recordReturn(cycleId, decision.comment());
      task.setVariable(PROPOSAL_CONTEXT, SpinValues.jsonValue(JsonInput.write(
          DirectionDecisionService.proposalContext(municipalities.get(municipality(task)), ProposalInputs.quarter(task),
              inputs.rankedProblems(task), decision.comment(), inputs.commitmentChoices(task)))).create());
    }
  }

  /** The chair's meeting date lies within a year of the quarter. */
  static DateWindow window(VariableScope task) {
    Quarter quarter = ProposalInputs.quarter(task);
    return DateWindow.around(quarter.firstDay(), quarter.lastDay(), PERIOD);
  }
}

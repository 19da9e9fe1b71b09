package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.system.ApproveOrReturn;
import se.directioncycle.system.DateWindow;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.TaskInputValidator;
import se.directioncycle.system.TextVariable;

/**
 * `UserTask_DecideActionPlan`: the municipal board (commissioner group) approves the action plan
 * (decision date and protocol paragraph required) or returns it with a comment (required), which the
 * plan form then shows.
 */
@Component
public class BoardDecisionTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_DecideActionPlan";
  /** The period the decision date is checked against, as the form's description names it. */
  public static final String PERIOD = "det bedömda årets";

  private static final ApproveOrReturn.Fields FIELDS = new ApproveOrReturn.Fields(BOARD_DECISION, BOARD_APPROVES,
      BOARD_RETURNS, BOARD_COMMENT, DECISION_DATE, "Beslutsdatum", PROTOCOL_PARAGRAPH);

  private final AnnualAssessmentService assessments;

  BoardDecisionTaskListener(AnnualAssessmentService assessments) {
    this.assessments = assessments;
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
    long id = assessmentId(task);
    if (decision.approved()) {
      assessments.recordApproval(id, decision.date(), decision.protocolParagraph().intValue(),
          decision.comment(), CurrentUser.idOrNull());
    } else {
      assessments.recordReturn(id, decision.comment());
      task.getExecution().setVariable(BOARD_COMMENT_TEXT, TextVariable.shown(decision.comment()));
    }
  }

  /** The board's decision date lies within a year of the assessed year. */
  static DateWindow window(VariableScope task) {
    return DateWindow.aroundYears(year(task), year(task), PERIOD);
  }
}

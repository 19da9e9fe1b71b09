package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_DecideActionPlan`: the municipal board (commissioner group) approves the action plan
 * (decision date and protocol paragraph required) or returns it with a comment (required), which the
 * plan form then shows.
 */
@Component
public class BoardDecisionTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_DecideActionPlan";

  record BoardDecision(boolean approved, String comment, LocalDate decisionDate, Long protocolParagraph) {}

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
    return Set.of(BOARD_DECISION, BOARD_COMMENT, DECISION_DATE, PROTOCOL_PARAGRAPH);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    BoardDecision decision = read(task);
    long id = assessmentId(task);
    if (decision.approved()) {
      assessments.recordApproval(id, decision.decisionDate(), decision.protocolParagraph().intValue(),
          decision.comment(), CurrentUser.idOrNull());
    } else {
      assessments.recordReturn(id, decision.comment());
    }
  }

  static BoardDecision read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String choice = input.choice(BOARD_DECISION, "Beslut", List.of(BOARD_APPROVES, BOARD_RETURNS), true);
    boolean approved = BOARD_APPROVES.equals(choice);
    String comment = input.text(BOARD_COMMENT, "Kommentar", 4000, BOARD_RETURNS.equals(choice));
    LocalDate date = approved ? input.date(DECISION_DATE, "Beslutsdatum", true) : null;
    Long paragraph = approved ? input.integer(PROTOCOL_PARAGRAPH, "Protokollsparagraf (§)", 1, 9999, true) : null;
    input.throwIfInvalid();
    return new BoardDecision(approved, comment, date, paragraph);
  }
}

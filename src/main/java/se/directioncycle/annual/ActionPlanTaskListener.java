package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;
import se.directioncycle.system.TextVariable;

/** `UserTask_PrepareActionPlan`: the coordinator's statutory action plan, free text checked for personal data. */
@Component
public class ActionPlanTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_PrepareActionPlan";
  static final int MAX_LONG = 4_000;
  static final int MAX_SHORT = 2_000;

  private final AnnualAssessmentService assessments;

  ActionPlanTaskListener(AnnualAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(FOCUS_AREAS, MEASURES, RESPONSIBLE, FOLLOW_UP);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    ActionPlan plan = read(task);
    assessments.recordPlan(assessmentId(task), plan);
    task.getExecution().setVariable(ACTION_PLAN_TEXT, TextVariable.fit("#### Fokusområden\n\n" + plan.focusAreas()
        + "\n\n#### Åtgärder\n\n" + plan.measures() + "\n\n#### Ansvariga\n\n" + plan.responsible()
        + "\n\n#### Uppföljning\n\n" + plan.followUp(), "hela planen finns i den årliga bedömningen"));
    // the board's return comment is answered by this revision (and kept on the assessment): the board's next
    // decision form starts empty, so an approval never carries the old comment
    task.getExecution().removeVariable(BOARD_COMMENT);
    task.getExecution().removeVariable(BOARD_COMMENT_TEXT);
  }

  static ActionPlan read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    ActionPlan plan = new ActionPlan(
        input.text(FOCUS_AREAS, "Fokusområden", MAX_LONG, true),
        input.text(MEASURES, "Åtgärder", MAX_LONG, true),
        input.text(RESPONSIBLE, "Ansvariga", MAX_SHORT, true),
        input.text(FOLLOW_UP, "Uppföljning", MAX_SHORT, true));
    input.throwIfInvalid();
    return plan;
  }
}

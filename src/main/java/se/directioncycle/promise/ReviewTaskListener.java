package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/** `UserTask_ReviewPromises`: the steering group approves the draft, or returns it with a comment (required). */
@Component
public class ReviewTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_ReviewPromises";

  private final PromisePeriodService periods;

  ReviewTaskListener(PromisePeriodService periods) {
    this.periods = periods;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(REVIEW_DECISION, REVIEW_COMMENT);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    Review review = read(task);
    periods.recordReview(periodId(task), review.approved(), review.comment());
  }

  record Review(boolean approved, String comment) {}

  static Review read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String choice = input.choice(REVIEW_DECISION, "Styrgruppens beslut", List.of(REVIEW_APPROVES, REVIEW_RETURNS), true);
    String comment = input.text(REVIEW_COMMENT, "Kommentar", 4000, REVIEW_RETURNS.equals(choice));
    input.throwIfInvalid();
    return new Review(REVIEW_APPROVES.equals(choice), comment);
  }
}

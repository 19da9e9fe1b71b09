package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/** `UserTask_WriteFeedbackReport`: the coordinator's final feedback to citizens, what was promised and done. */
@Component
public class FeedbackReportTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_WriteFeedbackReport";
  static final int MAX_REPORT = 8_000;

  private final PromisePeriodService periods;

  FeedbackReportTaskListener(PromisePeriodService periods) {
    this.periods = periods;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(FEEDBACK_REPORT);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    periods.writeFeedback(periodId(task), read(task));
  }

  static String read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String report = input.text(FEEDBACK_REPORT, "Återkoppling till medborgarna", MAX_REPORT, true);
    input.throwIfInvalid();
    return report;
  }
}

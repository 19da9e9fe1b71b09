package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.EngineClock;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/**
 * One signatory's task (`UserTask_SignAsCommissioner`, `UserTask_SignAsPoliceChief`): sign, or refuse with a
 * reason (required) that sends the draft back. Both run in parallel; the model maps the task-local answer out.
 * Two beans of this class, one per signatory (see {@link SignatureListeners}).
 */
public class SignatureTaskListener implements TaskListener, TaskInputValidator {

  private final Signatory signatory;
  private final String taskDefinitionKey;
  private final PromisePeriodService periods;

  SignatureTaskListener(Signatory signatory, String taskDefinitionKey, PromisePeriodService periods) {
    this.signatory = signatory;
    this.taskDefinitionKey = taskDefinitionKey;
    this.periods = periods;
  }

  @Override
  public String taskDefinitionKey() {
    return taskDefinitionKey;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(SIGNATURE, REFUSAL_REASON);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    Answer answer = read(task);
    if (answer.signed()) {
      periods.recordSignature(periodId(task), signatory, CurrentUser.idOrNull(), EngineClock.now());
    } else {
      periods.recordRefusal(periodId(task), signatory, answer.reason());
    }
  }

  record Answer(boolean signed, String reason) {}

  static Answer read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String choice = input.choice(SIGNATURE, "Underskrift", List.of(SIGNS, REFUSES), true);
    String reason = input.text(REFUSAL_REASON, "Skäl", 4000, REFUSES.equals(choice));
    input.throwIfInvalid();
    return new Answer(SIGNS.equals(choice), reason);
  }
}

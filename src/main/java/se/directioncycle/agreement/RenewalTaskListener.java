package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import java.util.Arrays;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_RenewCooperationAgreement`: the coordinator says whether the agreement is renewed (the note must then
 * say which new agreement replaces it) or not; the note is checked for personal data. The outcome is stored by
 * `ServiceTask_RecordRenewalOutcome`; this listener keeps who decided.
 */
@Component
public class RenewalTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_RenewCooperationAgreement";
  static final int MAX_NOTE = 2_000;
  static final String LABEL_OUTCOME = "Utfall";
  static final String LABEL_NOTE = "Kommentar";

  /** A checked renewal decision. */
  record Decision(RenewalOutcome outcome, String note) {}

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(RENEWAL_OUTCOME, RENEWAL_NOTE);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    read(task);
    task.getExecution().setVariable(RENEWAL_DECIDED_BY, CurrentUser.idOrNull());
  }

  static Decision read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String value = input.choice(RENEWAL_OUTCOME, LABEL_OUTCOME,
        Arrays.stream(RenewalOutcome.values()).map(RenewalOutcome::formValue).toList(), true);
    RenewalOutcome outcome = value == null ? null : RenewalOutcome.ofFormValue(value).orElseThrow();
    String note = input.text(RENEWAL_NOTE, LABEL_NOTE, MAX_NOTE, false);
    if (outcome == RenewalOutcome.RENEWED && note == null && input.isValid()) {
      input.problem(LABEL_NOTE, "måste fyllas i när överenskommelsen är förnyad: skriv vilken ny överenskommelse som"
          + " ersätter den (titel och period).");
    }
    input.throwIfInvalid();
    return new Decision(outcome, note);
  }
}

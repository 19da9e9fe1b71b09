package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;

/** `ServiceTask_RecordRenewalOutcome`: the register gets the coordinator's answer (RENEWED or ENDED), idempotently. */
@Component
class RecordRenewalOutcomeDelegate implements JavaDelegate {

  private final CooperationAgreementService agreements;

  RecordRenewalOutcomeDelegate(CooperationAgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // checked when the task was completed (the renewal form, AgreementForms); this job only records it
    RenewalOutcome outcome = RenewalOutcome.ofFormValue((String) execution.getVariable(RENEWAL_OUTCOME)).orElseThrow();
    String note = (String) execution.getVariable(RENEWAL_NOTE);
    agreements.recordRenewal(agreementId(execution), outcome, note == null || note.isBlank() ? null : note.strip(),
        (String) execution.getVariable(RENEWAL_DECIDED_BY), EngineClock.now());
  }
}

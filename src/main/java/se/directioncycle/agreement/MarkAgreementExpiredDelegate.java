package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.agreementId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;

/** `ServiceTask_MarkAgreementExpired`: the agreement ran out with the renewal task still open; marked EXPIRED (idempotent). */
@Component
class MarkAgreementExpiredDelegate implements JavaDelegate {

  private final CooperationAgreementService agreements;

  MarkAgreementExpiredDelegate(CooperationAgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.markExpired(agreementId(execution), EngineClock.now());
  }
}

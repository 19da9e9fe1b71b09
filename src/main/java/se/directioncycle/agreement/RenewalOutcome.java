package se.directioncycle.agreement;

import java.util.Arrays;
import java.util.Optional;

/** The coordinator's answer in the renewal task; {@link #formValue()} is the value of the form's radio button. */
enum RenewalOutcome {
  RENEWED("renewed", CooperationAgreementStatus.RENEWED),
  NOT_RENEWED("notRenewed", CooperationAgreementStatus.ENDED);

  private final String formValue;
  private final CooperationAgreementStatus status;

  RenewalOutcome(String formValue, CooperationAgreementStatus status) {
    this.formValue = formValue;
    this.status = status;
  }

  public String formValue() {
    return formValue;
  }

  CooperationAgreementStatus status() {
    return status;
  }

  public static Optional<RenewalOutcome> ofFormValue(String value) {
    return Arrays.stream(values()).filter(o -> o.formValue.equals(value)).findFirst();
  }
}

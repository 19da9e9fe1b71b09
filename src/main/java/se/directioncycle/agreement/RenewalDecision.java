package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import java.util.Arrays;
import se.directioncycle.input.InputReader;

/** The coordinator's answer in the renewal task: renewed (with a note on what replaces it), or not renewed. */
record RenewalDecision(RenewalOutcome outcome, String note) {

  static final int MAX_NOTE = 2_000;
  static final String LABEL_OUTCOME = "Utfall";
  static final String LABEL_NOTE = "Kommentar";

  static RenewalDecision read(InputReader input) {
    String value = input.choice(RENEWAL_OUTCOME, LABEL_OUTCOME,
        Arrays.stream(RenewalOutcome.values()).map(RenewalOutcome::formValue).toList(), true);
    RenewalOutcome outcome = value == null ? null : RenewalOutcome.ofFormValue(value).orElseThrow();
    // the form shows the note only when renewed (what replaces it), so it is read only then
    String note = null;
    if (outcome == RenewalOutcome.RENEWED) {
      note = input.text(RENEWAL_NOTE, LABEL_NOTE, MAX_NOTE, false);
      if (note == null && input.isValid()) {
        input.problem(LABEL_NOTE, "måste fyllas i när överenskommelsen är förnyad: skriv vilken ny överenskommelse"
            + " som ersätter den (titel och period).");
      }
    }
    return new RenewalDecision(outcome, note);
  }
}

package se.directioncycle.promise;

import java.util.Arrays;
import java.util.List;

/** The yearly judgement of a qualitative commitment; the values are those of `judge-commitment.form`. */
public enum CommitmentOutcome {
  DONE("done", "Genomfört"), PARTLY("partly", "Delvis genomfört"), NOT_DONE("not-done", "Inte genomfört");

  private final String formValue;
  private final String swedish;

  CommitmentOutcome(String formValue, String swedish) {
    this.formValue = formValue;
    this.swedish = swedish;
  }

  public String formValue() {
    return formValue;
  }

  public String swedish() {
    return swedish;
  }

  static List<String> formValues() {
    return Arrays.stream(values()).map(CommitmentOutcome::formValue).toList();
  }

  static CommitmentOutcome fromFormValue(String value) {
    return Arrays.stream(values()).filter(o -> o.formValue.equals(value)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No outcome " + value));
  }
}

package se.directioncycle.promise;

/** Where a promise period is: only IN_FORCE and CLOSED periods are published. */
public enum PromisePeriodStatus {
  PREPARING("Förbereds"), IN_REVIEW("Granskas"), SIGNING("Undertecknas"), IN_FORCE("Gäller"), CLOSED("Avslutad");

  private final String label;

  PromisePeriodStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean published() {
    return this == IN_FORCE || this == CLOSED;
  }
}

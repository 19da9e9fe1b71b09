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

  /** The statuses the open data shows. */
  public static final java.util.Set<PromisePeriodStatus> PUBLISHED = java.util.EnumSet.of(IN_FORCE, CLOSED);

  public boolean published() {
    return PUBLISHED.contains(this);
  }
}

package se.directioncycle.promise;

/** The two who sign a promise; it is in force only when both have signed. */
public enum Signatory {
  COMMISSIONER("Kommunalrådet"),
  POLICE_CHIEF("Lokalpolisområdeschefen");

  private final String label;

  Signatory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

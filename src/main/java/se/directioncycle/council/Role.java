package se.directioncycle.council;

/** Council roles that are not member organisations; each is a candidate group per municipality. */
public enum Role {
  COORDINATOR("coordinator", "Samordnare"),
  CHAIR("chair", "Rådets ordförande"),
  POLICE_CHIEF("police-chief", "Lokalpolisområdeschef"),
  COMMISSIONER("commissioner", "Kommunalråd"),
  STEERING_GROUP("steering-group", "Styrgrupp");

  private final String code;
  private final String swedishName;

  Role(String code, String swedishName) {
    this.code = code;
    this.swedishName = swedishName;
  }

  public String code() {
    return code;
  }

  public String swedishName() {
    return swedishName;
  }
}

package se.directioncycle.council;

import java.util.Arrays;
import java.util.Optional;

/** A member organisation of the local crime-prevention council, and the party it belongs to. */
public enum Organisation {
  SCHOOL("school", "Skola", Party.MUNICIPALITY),
  LEISURE("leisure", "Fritid", Party.MUNICIPALITY),
  SOCIAL_SERVICES("social-services", "Individ- och familjeomsorg", Party.MUNICIPALITY),
  POLICE("police", "Polisen", Party.POLICE),
  RESCUE_SERVICE("rescue-service", "Räddningstjänst", Party.PARTNER),
  HOUSING("housing", "Bostadsbolag", Party.PARTNER),
  SECURITY_COMPANY("security-company", "Säkerhetsföretag", Party.PARTNER);

  /** Who carries an intervention: the police, the municipality or a partner organisation. */
  public enum Party {
    POLICE("Polisen"), MUNICIPALITY("Kommunen"), PARTNER("Samverkanspart");

    private final String swedish;

    Party(String swedish) {
      this.swedish = swedish;
    }

    public String swedish() {
      return swedish;
    }
  }

  private final String code;
  private final String swedishName;
  private final Party party;

  Organisation(String code, String swedishName, Party party) {
    this.code = code;
    this.swedishName = swedishName;
    this.party = party;
  }

  public String code() {
    return code;
  }

  public String swedishName() {
    return swedishName;
  }

  public Party party() {
    return party;
  }

  public static Optional<Organisation> fromCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }
}

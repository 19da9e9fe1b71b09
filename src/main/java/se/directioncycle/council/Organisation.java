package se.directioncycle.council;

import java.util.Arrays;
import java.util.Optional;

/**
 * A member organisation of one municipality's local crime-prevention council, as the council stores it: a code
 * unique in the municipality (its candidate group is {@code <municipality>-<code>}), the name people see, and a
 * type that says which party it belongs to. A retired organisation keeps its history but gets no new tasks.
 */
public record Organisation(String code, String swedishName, Type type, boolean retired) {

  /** The seven types the first installations had; their codes are the first organisation of each type. */
  public static final Organisation SCHOOL = Type.SCHOOL.standard();
  public static final Organisation LEISURE = Type.LEISURE.standard();
  public static final Organisation SOCIAL_SERVICES = Type.SOCIAL_SERVICES.standard();
  /** Every municipality has the police under this code: the proposal and the police's tasks go to its group. */
  public static final Organisation POLICE = Type.POLICE.standard();
  public static final Organisation RESCUE_SERVICE = Type.RESCUE_SERVICE.standard();
  public static final Organisation HOUSING = Type.HOUSING.standard();
  public static final Organisation SECURITY_COMPANY = Type.SECURITY_COMPANY.standard();

  public Organisation(String code, String swedishName, Type type) {
    this(code, swedishName, type, false);
  }

  public Party party() {
    return type.party();
  }

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

  /**
   * What kind of organisation it is: the party it belongs to, and which indicators its situation input asks
   * for (the general types ask for observations only).
   */
  public enum Type {
    SCHOOL("school", "Skola", Party.MUNICIPALITY),
    LEISURE("leisure", "Fritid", Party.MUNICIPALITY),
    SOCIAL_SERVICES("social-services", "Individ- och familjeomsorg", Party.MUNICIPALITY),
    POLICE("police", "Polisen", Party.POLICE),
    RESCUE_SERVICE("rescue-service", "Räddningstjänst", Party.PARTNER),
    HOUSING("housing", "Bostadsbolag", Party.PARTNER),
    SECURITY_COMPANY("security-company", "Säkerhetsföretag", Party.PARTNER),
    OTHER_MUNICIPAL_UNIT("other-municipal-unit", "Annan kommunal verksamhet", Party.MUNICIPALITY),
    ASSOCIATION("association", "Förening eller trossamfund", Party.PARTNER),
    OTHER_PARTNER("other-partner", "Annan samverkanspart", Party.PARTNER);

    private final String code;
    private final String swedishName;
    private final Party party;

    Type(String code, String swedishName, Party party) {
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

    /** The organisation a first start creates for this type's code, named as the type. */
    Organisation standard() {
      return new Organisation(code, swedishName, this);
    }

    public static Optional<Type> fromCode(String code) {
      return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
  }
}

package se.directioncycle.council;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.directioncycle.input.InvalidInputException;

/**
 * The rules for what the administrator types into a council's configuration. Names are shown in forms, PDFs and
 * mails, so they are plain text only (letters, digits, spaces and a little punctuation); codes and ids become
 * Camunda group, tenant and user ids. Every problem is collected and answered in one Swedish message.
 */
final class CouncilInputRules {

  static final int MAX_NAME = 100;
  static final int MAX_AREAS = 50;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,'’&()/–-]*");
  /** Lower-case letters, digits and inner dashes: `<municipality>-<code>` is the group id. */
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[a-zA-Z]{2,}");

  private final List<String> problems = new ArrayList<>();

  String name(String field, String value, int max) {
    String text = value == null ? null : value.strip();
    if (text == null || text.isEmpty()) {
      problems.add("«" + field + "» måste anges.");
    } else if (text.length() > max) {
      problems.add("«" + field + "» får vara högst " + max + " tecken.");
    } else if (!NAME.matcher(text).matches()) {
      problems.add("«" + field + "» får bara innehålla bokstäver, siffror, mellanslag och . , ' & ( ) / -, "
          + "och börja med en bokstav eller siffra.");
    }
    return text;
  }

  String optionalName(String field, String value, int max) {
    return value == null || value.isBlank() ? null : name(field, value, max);
  }

  String municipalityId(String value) {
    if (value == null || value.isBlank()) {
      problems.add("«Id» måste anges.");
    } else if (!value.matches(MunicipalityRegistry.ID_PATTERN)) {
      problems.add("«Id» ska vara 2–31 små bokstäver a–z eller siffror och börja med en bokstav (t.ex. gavle).");
    }
    return value;
  }

  String code(String value) {
    if (value == null || value.isBlank()) {
      problems.add("«Kod» måste anges.");
    } else if (value.length() > 40 || !CODE.matcher(value).matches()) {
      problems.add("«Kod» ska vara högst 40 små bokstäver a–z, siffror och bindestreck, börja med en bokstav och "
          + "inte sluta med bindestreck (t.ex. skola-kyrkbacken).");
    } else if (java.util.Arrays.stream(Role.values()).anyMatch(r -> r.code().equals(value))) {
      problems.add("«Kod» " + value + " är upptagen av en roll i rådet; välj en annan.");
    }
    return value;
  }

  Organisation.Type type(String value) {
    Organisation.Type type = value == null ? null : Organisation.Type.fromCode(value).orElse(null);
    if (type == null) {
      problems.add("«Typ» måste vara en av: " + String.join(", ", java.util.Arrays.stream(Organisation.Type.values())
          .map(Organisation.Type::code).toList()) + ".");
    }
    return type;
  }

  String userId(String value) {
    if (value == null || value.isBlank()) {
      problems.add("«Användar-id» måste anges.");
    } else if (value.length() < 2 || value.length() > 64 || !USER_ID.matcher(value).matches()) {
      problems.add("«Användar-id» ska vara 2–64 små bokstäver a–z, siffror och bindestreck.");
    }
    return value;
  }

  String email(String value) {
    if (value == null || value.isBlank()) {
      problems.add("«E-post» måste anges.");
    } else if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
      problems.add("«E-post» är ingen giltig e-postadress.");
    }
    return value;
  }

  void require(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
  }

  void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}

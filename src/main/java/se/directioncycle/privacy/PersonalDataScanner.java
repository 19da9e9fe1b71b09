package se.directioncycle.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds text that looks like personal data. It errs on the side of caution: the shared space
 * (GDPR art. 10, OSL) may only hold aggregates and place-based observations, so a false alarm that
 * makes a member rephrase is cheaper than a leak.
 */
public final class PersonalDataScanner {

  /** What was found, named in Swedish for the message to the user. */
  public enum Finding {
    PERSONAL_IDENTITY_NUMBER("ett personnummer eller samordningsnummer"),
    PHONE_NUMBER("ett telefonnummer"),
    EMAIL_ADDRESS("en e-postadress"),
    VEHICLE_REGISTRATION("ett registreringsnummer"),
    STREET_ADDRESS("en gatuadress med nummer");

    private final String swedish;

    Finding(String swedish) {
      this.swedish = swedish;
    }

    public String swedish() {
      return swedish;
    }
  }

  // YYMMDD or YYYYMMDD, optional separator, four digits; day 61-91 covers samordningsnummer.
  private static final Pattern IDENTITY_NUMBER = Pattern.compile(
      "(?<!\\d)(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])[-+ ]?\\d{4}(?!\\d)");
  // Swedish numbers: +46/0046/0, then 7-10 more digits, optionally grouped by spaces or dashes.
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\d\\w])(?:\\+46|0046|0)[ -]?\\(?\\d{1,3}\\)?(?:[ -]?\\d){6,8}(?!\\d)");
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
  // ABC 123 / ABC 12A; Swedish plates never use I, Q, V, Å, Ä, Ö.
  private static final Pattern REGISTRATION = Pattern.compile(
      "(?<![\\p{L}\\d])[A-HJ-PR-UW-Z]{3} ?\\d{2}[A-HJ-PR-UW-Z0-9](?![\\p{L}\\d])");
  private static final Pattern STREET_ADDRESS = Pattern.compile(
      "(?iu)\\b\\p{L}+(?:gatan|vägen|gata|väg|gränd|stigen|backen|allén|torget|plan)\\s+\\d+\\s?[a-z]?\\b");

  private PersonalDataScanner() {}

  public static List<Finding> scan(String text) {
    List<Finding> findings = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return findings;
    }
    if (IDENTITY_NUMBER.matcher(text).find()) {
      findings.add(Finding.PERSONAL_IDENTITY_NUMBER);
    }
    if (PHONE.matcher(text).find()) {
      findings.add(Finding.PHONE_NUMBER);
    }
    if (EMAIL.matcher(text).find()) {
      findings.add(Finding.EMAIL_ADDRESS);
    }
    if (REGISTRATION.matcher(text).find()) {
      findings.add(Finding.VEHICLE_REGISTRATION);
    }
    if (STREET_ADDRESS.matcher(text).find()) {
      findings.add(Finding.STREET_ADDRESS);
    }
    return findings;
  }

  /** A Swedish sentence telling the user what to remove, or null when the text is clean. */
  public static String problemFor(String fieldLabel, String text) {
    List<Finding> findings = scan(text);
    if (findings.isEmpty()) {
      return null;
    }
    List<String> names = findings.stream().map(Finding::swedish).toList();
    String what = names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    return "«" + fieldLabel + "» innehåller något som liknar " + what
        + ". Ta bort uppgiften – underlaget får bara innehålla sammanställda uppgifter och platser, aldrig personuppgifter.";
  }
}

package se.directioncycle.input;

/**
 * Invisible control characters refused in free text: Unicode category Cc except tab, newline and carriage return,
 * and the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) that can make a text
 * read differently from what it says.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** A Swedish sentence naming the field when the value holds a refused character, otherwise null. */
  public static String problemFor(String label, String value) {
    if (value == null || value.chars().noneMatch(ControlCharacters::refused)) {
      return null;
    }
    return "«" + label + "» innehåller osynliga styrtecken som inte är tillåtna. Skriv om texten utan dem.";
  }

  /** The value with every refused character replaced by a space, for quoting a refused value back. */
  public static String replaced(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> out.appendCodePoint(refused(c) || c == '\n' || c == '\r' || c == '\t' ? ' ' : c));
    return out.toString();
  }

  static boolean refused(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return Character.getType(c) == Character.CONTROL
        || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}

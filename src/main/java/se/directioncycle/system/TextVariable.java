package se.directioncycle.system;

/** Long Markdown texts handed to forms as String variables, which Camunda keeps in a 4000-character column. */
public final class TextVariable {

  /** Below the column, with room for the note (docs/adr/0003: texts in forms are capped at 3 900 characters). */
  static final int MAX = 3_900;

  private TextVariable() {}

  /** The text as it is, or cut with a note saying where the whole text is. */
  public static String fit(String text, String whereWhole) {
    if (text.length() <= MAX) {
      return text;
    }
    return text.substring(0, MAX) + "\n\n… (förkortad – " + whereWhole + ")";
  }
}

package se.directioncycle.input;

/**
 * Texts handed to forms as String variables that Tasklist's form-js shows through a `text` component, which
 * renders the variable as Markdown with HTML. This is the one place that makes such a text safe: every
 * `&`, `<` and `>` becomes an entity (so raw HTML shows as the characters typed, never as live markup) and a
 * Markdown image `![…](…)` loses its `!` (no image is fetched from anywhere). Markdown emphasis, lists and links
 * stay; form-js drops links that are not http, https, mailto and the like. Camunda keeps String variables in a
 * 4000-character column, so the text is also capped.
 */
public final class TextVariable {

  /** Below the column, with room for the note (docs/adr/0003: texts in forms are capped at 3 900 characters). */
  static final int MAX = 3_900;

  private TextVariable() {}

  /** The text safe to show, cut with a note saying where the whole text is when it is too long. */
  public static String fit(String text, String whereWhole) {
    String safe = escape(text);
    if (safe.length() <= MAX) {
      return safe;
    }
    return cut(safe) + "\n\n… (förkortad – " + whereWhole + ")";
  }

  /** The text safe to show, cut with " …" when it is too long. Null stays null. */
  public static String shown(String text) {
    if (text == null) {
      return null;
    }
    String safe = escape(text);
    return safe.length() <= MAX ? safe : cut(safe) + " …";
  }

  /** Raw HTML and Markdown images neutralised; the text reads the same once rendered. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '!' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '[' ? "&#33;" : "!");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The first {@link #MAX} characters, never ending inside an entity such as `&lt;`. */
  private static String cut(String safe) {
    String head = safe.substring(0, MAX);
    int amp = head.lastIndexOf('&');
    return amp >= 0 && head.indexOf(';', amp) < 0 ? head.substring(0, amp) : head;
  }
}

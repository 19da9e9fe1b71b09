package se.directioncycle.input;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import se.directioncycle.privacy.PersonalDataScanner;

/**
 * Reads typed values out of submitted form data and collects every problem as a Swedish sentence
 * naming the field, so the user sees all that needs fixing at once. Free text is always checked for
 * invisible control characters ({@link ControlCharacters}) and personal data. Call {@link #throwIfInvalid()}
 * when done.
 */
public final class InputReader {

  private final Map<String, ?> values;
  private final String labelPrefix;
  private final List<String> problems;

  /** A submitted name made safe to quote back: letters, digits, `_` and `-` only, at most 60 characters. */
  public static String printable(String name) {
    String safe = name.replaceAll("[^\\p{L}0-9_-]", "");
    return safe.length() <= 60 ? safe : safe.substring(0, 60) + "…";
  }

  public InputReader(Map<String, ?> values) {
    this(values, "", new ArrayList<>());
  }

  private InputReader(Map<String, ?> values, String labelPrefix, List<String> problems) {
    this.values = values == null ? Map.of() : values;
    this.labelPrefix = labelPrefix;
    this.problems = problems;
  }

  public String text(String key, String label, int maxLength, boolean required) {
    Object raw = values.get(key);
    if (raw != null && !(raw instanceof String)) {
      problem(label, "måste vara text.");
      return null;
    }
    String invisible = ControlCharacters.problemFor(labelPrefix + label, (String) raw);
    if (invisible != null) {
      problems.add(invisible);
      return null;
    }
    String value = raw == null ? null : ((String) raw).strip();
    if (value == null || value.isEmpty()) {
      if (required) {
        problem(label, "måste fyllas i.");
      }
      return null;
    }
    if (value.length() > maxLength) {
      problem(label, "får vara högst " + maxLength + " tecken (nu " + value.length() + ").");
      return null;
    }
    String personalData = PersonalDataScanner.problemFor(labelPrefix + label, value);
    if (personalData != null) {
      problems.add(personalData);
      return null;
    }
    return value;
  }

  public Long integer(String key, String label, long min, long max, boolean required) {
    Object raw = values.get(key);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      if (required) {
        problem(label, "måste fyllas i.");
      }
      return null;
    }
    Long value = null;
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      value = ((Number) raw).longValue();
    } else if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) < 1e15) {
      value = n.longValue();
    } else if (raw instanceof String s && s.strip().matches("-?\\d{1,15}")) {
      value = Long.parseLong(s.strip());
    }
    if (value == null) {
      problem(label, "måste vara ett heltal.");
      return null;
    }
    if (value < min || value > max) {
      problem(label, "måste vara mellan " + min + " och " + max + ".");
      return null;
    }
    return value;
  }

  public String choice(String key, String label, Collection<String> allowed, boolean required) {
    Object raw = values.get(key);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      if (required) {
        problem(label, "måste väljas.");
      }
      return null;
    }
    String value = String.valueOf(raw).strip();
    if (!allowed.contains(value)) {
      problem(label, "har ett värde som inte finns bland valen.");
      return null;
    }
    return value;
  }

  /**
   * A list of distinct choices (for example several organisations), at most {@code max}; a missing value is an
   * empty list.
   */
  public List<String> choices(String key, String label, Collection<String> allowed, int max) {
    Object raw = values.get(key);
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> items)) {
      problem(label, "har fel format.");
      return List.of();
    }
    if (items.size() > max) {
      problem(label, "får innehålla högst " + max + " val (nu " + items.size() + ").");
      return List.of();
    }
    List<String> chosen = new ArrayList<>();
    for (Object item : items) {
      String value = item == null ? "" : String.valueOf(item).strip();
      if (!allowed.contains(value)) {
        problem(label, "har ett värde som inte finns bland valen.");
        return List.of();
      }
      if (chosen.contains(value)) {
        problem(label, "får inte innehålla samma val två gånger.");
        return List.of();
      }
      chosen.add(value);
    }
    return chosen;
  }

  public Boolean bool(String key, String label) {
    Object raw = values.get(key);
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    if ("true".equals(raw) || "false".equals(raw)) {
      return Boolean.parseBoolean((String) raw);
    }
    problem(label, "måste vara ja eller nej.");
    return null;
  }

  public LocalDate date(String key, String label, boolean required) {
    Object raw = values.get(key);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      if (required) {
        problem(label, "måste fyllas i.");
      }
      return null;
    }
    if (raw instanceof Date d) {
      return d.toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
    }
    try {
      String text = String.valueOf(raw).strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problem(label, "måste vara ett datum (ÅÅÅÅ-MM-DD).");
      return null;
    }
  }

  /** Items of a list field, each read by its own reader whose labels start with "{itemLabel} {n} – ". */
  @SuppressWarnings("unchecked")
  public List<InputReader> list(String key, String label, String itemLabel, int min, int max) {
    Object raw = values.get(key);
    if (raw == null) {
      raw = List.of();
    }
    if (!(raw instanceof List<?> items)) {
      problem(label, "har fel format.");
      return List.of();
    }
    if (items.size() < min) {
      problem(label, min == 1 ? "måste innehålla minst en rad." : "måste innehålla minst " + min + " rader.");
    }
    if (items.size() > max) {
      problem(label, "får innehålla högst " + max + " rader (nu " + items.size() + ").");
      return List.of();
    }
    List<InputReader> readers = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String prefix = labelPrefix + itemLabel + " " + (i + 1) + " – ";
      if (items.get(i) instanceof Map<?, ?> item) {
        readers.add(new InputReader((Map<String, ?>) item, prefix, problems));
      } else {
        problems.add(prefix.substring(0, prefix.length() - 3) + ": har fel format.");
      }
    }
    return readers;
  }

  public void problem(String label, String problem) {
    problems.add("«" + labelPrefix + label + "» " + problem);
  }

  /** A problem about the whole form rather than one field. */
  public void problem(String sentence) {
    problems.add(sentence);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}

package se.directioncycle.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Turns a submitted Json variable (Spin node or plain string) into maps and lists for {@link InputReader}. */
public final class JsonInput {

  /** Generous for 50 observations, small enough that a hostile payload is refused before parsing. */
  public static final int MAX_CHARACTERS = 200_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonInput() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(Object value, String label) {
    if (parse(value, label) instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw wrongFormat(label);
  }

  /**
   * The {@code value} of each item of a Json list of choices (`[{"value": …, "label": …}]`), as a task's read-only
   * context offers them to its form.
   */
  public static List<String> choiceValues(Object value, String label) {
    return toList(value, label).stream().map(item -> item instanceof Map<?, ?> choice
        ? String.valueOf(choice.get("value")) : String.valueOf(item)).toList();
  }

  /** A submitted Json array (a checklist's values), or an empty list when nothing was submitted. */
  @SuppressWarnings("unchecked")
  public static List<Object> toList(Object value, String label) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    if (parse(value, label) instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw wrongFormat(label);
  }

  private static Object parse(Object value, String label) {
    if (value == null) {
      throw new InvalidInputException("«" + label + "» saknas – fyll i formuläret och försök igen.");
    }
    String json = value.toString();
    if (json.length() > MAX_CHARACTERS) {
      throw new InvalidInputException("«" + label + "» är för stort (högst " + MAX_CHARACTERS + " tecken).");
    }
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw wrongFormat(label);
    }
  }

  private static InvalidInputException wrongFormat(String label) {
    return new InvalidInputException("«" + label + "» har fel format och kunde inte läsas.");
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise form context", e);
    }
  }
}

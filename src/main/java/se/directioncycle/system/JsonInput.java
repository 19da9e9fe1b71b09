package se.directioncycle.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Turns a submitted Json variable (Spin node or plain string) into maps and lists for {@link InputReader}. */
public final class JsonInput {

  /** Generous for 50 observations, small enough that a hostile payload is refused before parsing. */
  public static final int MAX_CHARACTERS = 200_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonInput() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(Object value, String label) {
    if (value == null) {
      throw new InvalidInputException("«" + label + "» saknas – fyll i formuläret och försök igen.");
    }
    String json = value.toString();
    if (json.length() > MAX_CHARACTERS) {
      throw new InvalidInputException("«" + label + "» är för stort (högst " + MAX_CHARACTERS + " tecken).");
    }
    try {
      Object parsed = MAPPER.readValue(json, Object.class);
      if (parsed instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
    } catch (JsonProcessingException e) {
      // fall through to the message below
    }
    throw new InvalidInputException("«" + label + "» har fel format och kunde inte läsas.");
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise form context", e);
    }
  }
}

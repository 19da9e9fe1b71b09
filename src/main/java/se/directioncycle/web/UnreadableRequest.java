package se.directioncycle.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import se.directioncycle.input.InputReader;

/**
 * The one answer to a `/api` body that is not the JSON asked for (`spring.jackson.*` in application.yml makes the
 * parser strict: no trailing content, no unknown fields, no string or fraction where an integer belongs): 400 with
 * a Swedish message that names the field when there is one, and never quotes the body.
 */
public final class UnreadableRequest {

  private static final Logger LOG = LoggerFactory.getLogger(UnreadableRequest.class);

  private UnreadableRequest() {}

  /**
   * 400 "Begäran kunde inte läsas. …" with the field's problem and then {@code hint} (what to send). A field is
   * named by its Swedish label in {@code labels} (JSON name → label), or else by its JSON name.
   */
  public static ResponseEntity<Map<String, Object>> answer(HttpMessageNotReadableException e, String hint,
      Map<String, String> labels) {
    // The parser's message can quote the body, which may hold personal data: log only its kind.
    LOG.info("Unreadable request body: {}", e.getMostSpecificCause().getClass().getSimpleName());
    return ResponseEntity.badRequest().body(ErrorResponses.body("InvalidInput", message(e, hint, labels)));
  }

  static String message(Throwable e, String hint, Map<String, String> labels) {
    StringBuilder message = new StringBuilder("Begäran kunde inte läsas.");
    String field = field(e);
    field = field == null ? null : labels.getOrDefault(field, field);
    if (e.getCause() instanceof UnrecognizedPropertyException || e instanceof UnrecognizedPropertyException) {
      message.append(" «").append(field).append("» är inget fält i den här begäran.");
    } else if (field != null && e.getCause() instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null && Number.class.isAssignableFrom(boxed(mismatch.getTargetType()))) {
      message.append(" «").append(field).append("» måste vara ett heltal (skrivet utan citattecken).");
    } else if (field != null) {
      message.append(" «").append(field).append("» har fel typ eller form.");
    }
    return message.append(' ').append(hint).toString();
  }

  private static String field(Throwable e) {
    if (!(e.getCause() instanceof JsonMappingException mapping)) {
      return null;
    }
    List<JsonMappingException.Reference> path = mapping.getPath();
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i).getFieldName() != null) {
        return InputReader.printable(path.get(i).getFieldName());
      }
    }
    return null;
  }

  private static Class<?> boxed(Class<?> type) {
    return type == int.class || type == long.class ? Number.class : type;
  }
}

package se.directioncycle.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import se.directioncycle.input.JsonInput;

/** JSON error bodies shaped like Camunda's REST errors (`type`, `message`), so Tasklist shows the message. */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getWriter().write(json("InvalidRequestException", message));
  }

  /** The same body as JSON text, for answers built elsewhere (JAX-RS filters). */
  public static String json(String type, String message) {
    return JsonInput.write(body(type, message));
  }

  public static Map<String, Object> body(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return body;
  }
}

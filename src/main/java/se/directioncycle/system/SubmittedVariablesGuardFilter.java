package se.directioncycle.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Checks submitted form variables before the engine does: an oversized body or a `Json` variable
 * that is not JSON gets a Swedish 400 instead of the engine's English 500, and a plain task
 * completion may not carry variables.
 */
class SubmittedVariablesGuardFilter extends HttpFilter {

  static final int MAX_BODY_BYTES = 2_000_000;
  private static final Logger LOG = LoggerFactory.getLogger(SubmittedVariablesGuardFilter.class);
  private static final Pattern SUBMIT_PATH = Pattern.compile(".*/(submit-form|complete|start|resolve)/?$");
  /** Completing a task with variables skips the form's checks, so only submit-form may carry them. */
  private static final Pattern TASK_COMPLETION_PATH = Pattern.compile(".*/task/[^/]+/(complete|resolve)/?$");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /**
   * Only before a message of ours, which starts with a quoted field name or a capital letter. The id has no space
   * but may have colons: a process definition's id is `<key>:<version>:<uuid>`.
   */
  private static final Pattern ENGLISH_PREFIX = Pattern.compile(
      "^Cannot (submit task form|instantiate process definition|complete task|resolve task) [^ ]+: (?=[«A-ZÅÄÖ])");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) || !SUBMIT_PATH.matcher(request.getRequestURI()).matches()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      LOG.warn("Refused a {} byte form submission to {}", body.length, request.getRequestURI());
      ErrorResponses.write(response, 413, "Formuläret är för stort (högst 2 MB).");
      return;
    }
    if (TASK_COMPLETION_PATH.matcher(request.getRequestURI()).matches() && carriesVariables(body)) {
      LOG.info("Refused variables on a plain task completion at {}", request.getRequestURI());
      ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
          "Uppgiften slutförs med sitt formulär: skicka värdena med submit-form, där de kontrolleras.");
      return;
    }
    String badVariable = firstJsonVariableThatIsNotJson(body);
    if (badVariable != null) {
      LOG.info("Refused malformed Json variable '{}' on {}", badVariable, request.getRequestURI());
      ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
          "«" + badVariable + "» har fel format (ogiltig JSON) och kunde inte läsas.");
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(new CachedBodyRequest(request, body), answer);
    if (answer.getStatus() >= 400) {
      inSwedish(answer, request.getRequestURI());
    }
    answer.copyBodyToResponse();
  }

  /**
   * The REST layer puts "Cannot submit task form &lt;id&gt;: " before our validators' Swedish message, and
   * Tasklist shows it as is; the person filling in the form gets the Swedish message alone. The engine's
   * tenant check answers another municipality's task with a 500; that becomes the 403 it is.
   */
  private static void inSwedish(ContentCachingResponseWrapper answer, String path) throws IOException {
    JsonNode error;
    try {
      error = MAPPER.readTree(answer.getContentAsByteArray());
    } catch (IOException notJson) {
      return;
    }
    if (error instanceof ObjectNode object && error.path("message").isTextual()) {
      String message = error.path("message").asText();
      String swedish = ENGLISH_PREFIX.matcher(message).replaceFirst("");
      if (message.contains("belongs to no authenticated tenant")) {
        LOG.info("Refused a submission to another municipality's task or process at {}", path);
        answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
        object.put("type", "AuthorizationException");
        swedish = "Det här hör till en annan kommun än din; du kan inte skicka formuläret.";
      }
      if (!swedish.equals(message)) {
        object.put("message", swedish);
        answer.resetBuffer();
        answer.getOutputStream().write(MAPPER.writeValueAsBytes(object));
      }
    }
  }

  private static boolean carriesVariables(byte[] body) {
    try {
      JsonNode variables = MAPPER.readTree(body).path("variables");
      return variables.isObject() && !variables.isEmpty();
    } catch (IOException notJson) {
      return false;
    }
  }

  private static String firstJsonVariableThatIsNotJson(byte[] body) {
    JsonNode variables;
    try {
      variables = MAPPER.readTree(body).path("variables");
    } catch (IOException notJson) {
      return null; // the engine answers a malformed request body itself
    }
    Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> variable = fields.next();
      JsonNode value = variable.getValue().path("value");
      if ("Json".equalsIgnoreCase(variable.getValue().path("type").asText()) && value.isTextual()) {
        try {
          MAPPER.readTree(value.asText());
        } catch (IOException e) {
          return InputReader.printable(variable.getKey());
        }
      }
    }
    return null;
  }
}

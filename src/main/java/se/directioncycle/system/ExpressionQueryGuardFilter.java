package se.directioncycle.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses task and filter queries that carry an expression anywhere – query string, body, nested
 * `orQueries`, escaped or not. Camunda 7.24.0 CE evaluates expressions smuggled inside `orQueries`
 * (CVE-2026-109432, fixed only in the enterprise line), so the check runs before the engine sees
 * the query, on both the engine REST API and the webapps' API.
 */
class ExpressionQueryGuardFilter extends HttpFilter {

  static final int MAX_QUERY_BODY_BYTES = 1_000_000;
  private static final Logger LOG = LoggerFactory.getLogger(ExpressionQueryGuardFilter.class);
  private static final Pattern QUERY_PATH = Pattern.compile(
      ".*/(task|task/count|history/task|history/task/count|filter|filter/create|filter/[^/]+"
          + "|filter/[^/]+/(list|count|singleResult))/?$");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    if (!QUERY_PATH.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    if (containsExpression(request.getQueryString() == null ? null
        : URLDecoder.decode(request.getQueryString().replace("+", "%2B"), StandardCharsets.UTF_8))) {
      refuse(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BODY_BYTES + 1);
    if (body.length > MAX_QUERY_BODY_BYTES) {
      ErrorResponses.write(response, 413, "Frågan är för stor.");
      return;
    }
    if (body.length > 0 && bodyContainsExpression(body)) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static boolean bodyContainsExpression(byte[] body) {
    String raw = new String(body, StandardCharsets.UTF_8);
    if (containsExpression(raw)) {
      return true;
    }
    try {
      return nodeContainsExpression(MAPPER.readTree(body));
    } catch (IOException notJson) {
      return false; // the engine rejects malformed bodies itself
    }
  }

  private static boolean nodeContainsExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return containsExpression(node.asText());
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (containsExpression(field.getKey()) || nodeContainsExpression(field.getValue())) {
        return true;
      }
    }
    for (JsonNode element : node) {
      if (element.isContainerNode() || element.isTextual()) {
        if (nodeContainsExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean containsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.warn("Refused a task/filter query containing an expression: {} {} from {}", request.getMethod(),
        request.getRequestURI(), request.getRemoteAddr());
    ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
        "Uttryck (${…} eller #{…}) är inte tillåtna i sökningar efter uppgifter.");
  }
}

package se.directioncycle.access;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import se.directioncycle.input.InputReader;

/**
 * What an allowed operation may carry: strict JSON (no trailing tokens, bounded depth and size), variables
 * only as plain typed values (never Object, Xml or serialized Java; File only as a task form's file input), no `${…}`/`#{…}` expression
 * anywhere in a query (Camunda 7.24.0 CE evaluates those inside `orQueries` even with ad-hoc expressions
 * off), a claim only for oneself, and an authorization only as a grant (ADR 0020).
 */
final class RequestBodyCheck {

  static final int MAX_BYTES = 2_000_000;
  static final int MAX_DEPTH = 64;
  /** Keys under which Camunda's DTOs carry maps of variables: name → {type, value, valueInfo}. */
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "localVariables", "correlationKeys", "localCorrelationKeys");
  /** Plain values: text, numbers, yes/no, dates, nothing, and Json text that Spin parses as a tree. */
  private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "null", "json");
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");
  private static final String CLAIM = "POST TaskResource#claim";
  /** Admin's "add authorization"; an update keeps the type, so creating is the one way to a REVOKE row. */
  private static final String CREATE_AUTHORIZATION = "POST AuthorizationRestService#createAuthorization";
  /** The one operation that may carry a File value: a task form's file input (base64 text, a file name). */
  private static final String SUBMIT_TASK_FORM = "POST TaskResource#submit";
  private static final Set<String> FILE_INFO = Set.of("filename", "mimeType", "mimetype", "encoding");
  private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
              .maxStringLength(MAX_BYTES).build()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private RequestBodyCheck() {}

  /** A Swedish sentence saying what is wrong, or null when the request may go on. */
  static String problem(String operation, MediaType type, byte[] body, MultivaluedMap<String, String> query,
      Authentication caller) {
    if (body.length > MAX_BYTES) {
      return "Begäran är för stor (högst 2 MB).";
    }
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      if (containsExpression(parameter.getKey()) || parameter.getValue().stream().anyMatch(RequestBodyCheck::containsExpression)) {
        return expressionRefused();
      }
    }
    if ((body.length == 0 || type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
        && !CREATE_AUTHORIZATION.equals(operation)) {
      return null; // form posts (the webapps' login) and empty bodies are the resource's to read
    }
    JsonNode root;
    try {
      root = STRICT.readTree(body);
    } catch (IOException e) {
      return "Begäran är inte giltig JSON och kunde inte läsas.";
    }
    String problem = problemIn(root, false, SUBMIT_TASK_FORM.equals(operation));
    if (problem == null && CLAIM.equals(operation) && CallerRole.of(caller) != CallerRole.ADMIN
        && !root.path("userId").asText("").equals(caller.getUserId())) {
      problem = "Du kan bara ta uppgifter till dig själv.";
    }
    if (problem == null && CREATE_AUTHORIZATION.equals(operation)) {
      problem = authorizationTypeProblem(root.path("type"));
    }
    return problem;
  }

  /**
   * Only global (0) and grant (1): the engine does not check REVOKE rows (authorizationCheckRevokes = never), so
   * one would be ignored without a word. A text or fraction the engine would read as 2 is refused as well.
   */
  private static String authorizationTypeProblem(JsonNode type) {
    boolean grantOrGlobal = (type.isIntegralNumber() || type.isTextual()) && type.asText().matches("[01]");
    return grantOrGlobal ? null : "Behörigheter kan bara beviljas (typ 1) eller gälla alla (typ 0). Spärrande "
        + "behörigheter (typ 2, \"Revoke\") används inte här: ta bort eller minska den beviljande behörigheten i stället.";
  }

  private static String problemIn(JsonNode node, boolean isVariableMap, boolean filesAllowed) {
    if (node.isTextual()) {
      return containsExpression(node.asText()) ? expressionRefused() : null;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String problem = isVariableMap ? variableProblem(field.getKey(), field.getValue(), filesAllowed)
          : containsExpression(field.getKey()) ? expressionRefused()
          : problemIn(field.getValue(), VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject(),
              filesAllowed);
      if (problem != null) {
        return problem;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        String problem = problemIn(element, false, filesAllowed);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static String variableProblem(String name, JsonNode variable, boolean filesAllowed) {
    String label = "«" + InputReader.printable(name) + "»";
    if (!variable.isObject()) {
      return label + " har fel format: ett värde skickas som {\"value\": …, \"type\": …}.";
    }
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("").toLowerCase(java.util.Locale.ROOT);
    JsonNode valueInfo = variable.path("valueInfo");
    if (filesAllowed && "file".equals(type)) {
      return fileProblem(label, value, valueInfo);
    }
    if (!valueInfo.isMissingNode() && !valueInfo.isNull() && !valueInfo.isEmpty()) {
      return label + " får inte ha valueInfo; skicka bara text, tal, sant/falskt eller datum.";
    }
    if (type.isEmpty()) {
      return value.isContainerNode() ? typeRefused(label, "objekt") : null;
    }
    if (!PLAIN_TYPES.contains(type)) {
      return typeRefused(label, InputReader.printable(variable.path("type").asText()));
    }
    boolean fits = switch (type) {
      case "boolean" -> value.isBoolean() || value.isNull() || value.isMissingNode();
      case "string", "date", "json" -> value.isTextual() || value.isNull() || value.isMissingNode();
      case "null" -> value.isNull() || value.isMissingNode();
      default -> NUMBER_TYPES.contains(type) && (value.isNumber() || value.isNull() || value.isMissingNode());
    };
    if (!fits) {
      return label + " har fel typ: värdet passar inte typen " + InputReader.printable(variable.path("type").asText())
          + ".";
    }
    if ("json".equals(type) && value.isTextual()) {
      try {
        STRICT.readTree(value.asText());
      } catch (IOException e) {
        return label + " har fel format (ogiltig JSON) och kunde inte läsas.";
      }
    }
    return null;
  }

  /**
   * A task form's file (Tasklist's embedded file input): base64 text and text-only valueInfo (file name, MIME type,
   * encoding). What the file may contain is the form's rules' to decide.
   */
  private static String fileProblem(String label, JsonNode value, JsonNode valueInfo) {
    if (!(value.isTextual() || value.isNull() || value.isMissingNode())
        || (value.isTextual() && !value.asText().matches("[A-Za-z0-9+/=\\r\\n]*"))) {
      return label + " har fel format: en fil skickas som base64-text.";
    }
    if (!valueInfo.isMissingNode() && !valueInfo.isNull()) {
      if (!valueInfo.isObject()) {
        return label + " har fel format: valueInfo ska vara ett objekt.";
      }
      Iterator<Map.Entry<String, JsonNode>> infos = valueInfo.fields();
      while (infos.hasNext()) {
        Map.Entry<String, JsonNode> info = infos.next();
        if (!FILE_INFO.contains(info.getKey()) || !(info.getValue().isTextual() || info.getValue().isNull())
            || info.getValue().asText("").length() > 255 || containsExpression(info.getValue().asText(""))) {
          return label + " har fel format: en fil har bara filnamn, MIME-typ och teckenkodning som text.";
        }
      }
    }
    return null;
  }

  private static String typeRefused(String label, String type) {
    return label + " har en typ som inte tas emot (" + type + "). Skicka text, tal, sant/falskt eller datum.";
  }

  static boolean containsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  private static String expressionRefused() {
    return "Uttryck (${…} eller #{…}) är inte tillåtna i det som skickas hit.";
  }
}

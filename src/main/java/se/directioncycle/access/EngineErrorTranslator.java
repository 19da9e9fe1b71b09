package se.directioncycle.access;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import se.directioncycle.web.ErrorResponses;
import org.slf4j.LoggerFactory;

/**
 * Camunda's REST layer answers 500 for many caller mistakes (an unknown id, another municipality's task, a
 * missing body) and in English. This gives such answers the status they are (404, 403, 400) and a Swedish
 * message; the English detail goes to the log. Our validators' Swedish messages lose the English prefix
 * the REST layer puts before them.
 */
@Priority(Priorities.USER)
class EngineErrorTranslator implements ContainerResponseFilter {

  static final String NOT_FOUND = "Det du söker finns inte, eller så hör det inte till dig.";
  static final String OTHER_MUNICIPALITY = "Det här hör till en annan kommun än din; du kan inte se eller ändra det.";
  static final String BAD_REQUEST = "Begäran är ofullständig eller har fel format och kunde inte utföras.";
  static final String UNEXPECTED = "Ett oväntat fel uppstod. Försök igen, och kontakta samordnaren om felet består.";
  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorTranslator.class);
  /** Only before a message of ours, which starts with a quoted field name or a capital letter. */
  private static final Pattern ENGLISH_PREFIX = Pattern.compile(
      "^Cannot (submit task form|instantiate process definition|complete task|resolve task) [^ ]+: (?=[«A-ZÅÄÖ])");
  private static final Pattern SWEDISH = Pattern.compile(".*[«»åäöÅÄÖ].*", Pattern.DOTALL);
  private static final Pattern NOT_FOUND_TEXT = Pattern.compile(
      "(?is).*(not found|does not exist|doesn't exist|no .{1,80} found|cannot find|could not find|no matching"
          + "|unable to find|is not existing|no deployed|^cannot get form for task).*");
  private static final Pattern TENANT_TEXT = Pattern.compile("(?is).*(no authenticated tenant|not authorized).*");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ExceptionDto error)) {
      return;
    }
    String message = error.getMessage() == null ? "" : error.getMessage();
    String type = error.getType() == null ? "" : error.getType();
    int status = response.getStatus();
    String swedish = ENGLISH_PREFIX.matcher(message).replaceFirst("");
    if (TENANT_TEXT.matcher(message).matches() || status == 403) {
      status = 403;
      swedish = message.contains("no authenticated tenant") ? OTHER_MUNICIPALITY
          : SWEDISH.matcher(swedish).matches() ? swedish : OperationGuard.NOT_ALLOWED;
      type = "AuthorizationException";
    } else if (SWEDISH.matcher(swedish).matches() && status < 500) {
      // one of our validators: keep its message
    } else if (status == 404 || type.equals("NotFoundException") || NOT_FOUND_TEXT.matcher(message).matches()) {
      status = 404;
      swedish = NOT_FOUND;
    } else if (status >= 500 && (isCallersMistake(type) || message.contains("@FormParam"))) {
      status = 400;
      swedish = BAD_REQUEST;
    } else if (status >= 500) {
      swedish = UNEXPECTED;
    } else if (!SWEDISH.matcher(swedish).matches()) {
      swedish = BAD_REQUEST;
    }
    if (status != response.getStatus() || !swedish.equals(message)) {
      LOG.info("{} {} answered {} instead of {}: {}: {}", request.getMethod(), request.getUriInfo().getPath(false),
          status, response.getStatus(), type, message);
      response.setStatus(status);
      response.setEntity(ErrorResponses.json(type.isEmpty() ? "InvalidRequestException" : type, swedish), null,
          MediaType.APPLICATION_JSON_TYPE);
    }
  }

  /** Exceptions the REST layer throws while reading what the caller sent, not faults of the server. */
  private static boolean isCallersMistake(String type) {
    return switch (type) {
      case "NullValueException", "NullPointerException", "IllegalArgumentException", "NumberFormatException",
          "ClassCastException", "JsonMappingException", "JsonParseException", "MismatchedInputException",
          "InvalidFormatException", "DateTimeParseException", "ParseException", "BadUserRequestException",
          "SpinJsonException", "SpinRuntimeException", "UnsupportedOperationException" -> true;
      default -> false;
    };
  }
}

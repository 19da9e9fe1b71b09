package se.directioncycle.system;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers every `/api/*` controller shares: refused input is a 400 with the Swedish problems, an unreadable
 * body a 400 that never quotes it. A controller's own handler (with an example body of its own) comes first.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(ErrorResponses.body("InvalidInput", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    // The parser's message can quote the body, which may hold personal data: log only its kind.
    LOG.info("Unreadable request body: {}", e.getMostSpecificCause().getClass().getSimpleName());
    return ResponseEntity.badRequest().body(ErrorResponses.body("InvalidInput",
        "Begäran kunde inte läsas. Skicka giltig JSON med de fält som beskrivs i docs/."));
  }
}

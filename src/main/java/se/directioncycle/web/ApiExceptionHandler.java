package se.directioncycle.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.directioncycle.input.InvalidInputException;

/**
 * The answers every `/api/*` controller shares: refused input is a 400 with the Swedish problems, an unreadable
 * body a 400 that never quotes it. A controller's own handler (with an example body of its own) comes first.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(ErrorResponses.body("InvalidInput", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med de fält som beskrivs i dokumentationen.", Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ErrorResponses.body("InvalidInput",
        "Begäran måste skickas som JSON (Content-Type: application/json)."));
  }
}

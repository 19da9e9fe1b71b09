package se.directioncycle.access;

import se.directioncycle.system.ErrorResponses;
import se.directioncycle.system.JsonInput;

/** The error body Tasklist shows ({@code type}, {@code message}), as a JSON string for JAX-RS answers. */
final class ErrorBody {

  private ErrorBody() {}

  static String json(String type, String message) {
    return JsonInput.write(ErrorResponses.body(type, message));
  }
}

package se.directioncycle.input;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a person entered that cannot be accepted. The message is Swedish and names the field(s).
 *
 * <p>Extends {@link FormFieldValidationException} because Camunda's REST layer (used by Tasklist)
 * answers that exception type with HTTP 400 and its message, on form submission and process start.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final List<String> problems;

  public InvalidInputException(List<String> problems) {
    super(problems, String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}

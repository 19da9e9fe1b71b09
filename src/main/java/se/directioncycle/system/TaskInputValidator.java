package se.directioncycle.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side rules of one user task's form. Runs when the form is submitted (after the submitted
 * values are applied, before the task completes), so bad input is refused with HTTP 400 and the task
 * stays open; the complete listener of the same task parses again before saving.
 */
public interface TaskInputValidator {

  /** The BPMN id of the user task whose form this validates. */
  String taskDefinitionKey();

  /** Throws {@link InvalidInputException} with Swedish messages when the input is not acceptable. */
  void validate(VariableScope task);
}

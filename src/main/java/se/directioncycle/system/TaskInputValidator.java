package se.directioncycle.system;

import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side rules of one user task's form. Runs when the form is submitted (after the submitted
 * values are applied, before the task completes), so bad input is refused with HTTP 400 and the task
 * stays open; the complete listener of the same task parses again before saving.
 */
public interface TaskInputValidator {

  /** The BPMN id of the user task whose form this validates. */
  String taskDefinitionKey();

  /**
   * The variables this task's form may submit. Anything else is refused, so a submission cannot
   * overwrite process variables such as candidate groups or deadlines.
   */
  Set<String> acceptedVariables();

  /** Throws {@link InvalidInputException} with Swedish messages when the input is not acceptable. */
  void validate(VariableScope task);
}

package se.directioncycle.intervention;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.ESCALATION_NOTE;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/** The coordinator's note on an escalation is free text too: checked for size and personal data. */
abstract class EscalationNoteValidator implements TaskInputValidator {

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(ESCALATION_NOTE);
  }

  @Override
  public void validate(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    input.text(ESCALATION_NOTE, "Anteckning", 2000, false);
    input.throwIfInvalid();
  }

  @org.springframework.stereotype.Component
  static class RedIntervention extends EscalationNoteValidator {
    @Override
    public String taskDefinitionKey() {
      return "UserTask_HandleRedIntervention";
    }
  }

  @org.springframework.stereotype.Component
  static class OverdueReport extends EscalationNoteValidator {
    @Override
    public String taskDefinitionKey() {
      return "UserTask_HandleOverdueReport";
    }
  }
}

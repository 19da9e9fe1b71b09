package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts an annual assessment as the caller; the model's first step does the checks (like CycleStarter). */
@Component
class AnnualAssessmentStarter {

  private final RuntimeService runtimeService;

  AnnualAssessmentStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @param municipality the tenant, or null to take it from the logged-in person's membership */
  public ProcessInstance start(String municipality, Object year) {
    VariableMap variables = Variables.createVariables().putValue(YEAR, year);
    if (municipality != null) {
      variables.putValue(MUNICIPALITY, municipality);
    }
    return runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables).execute();
  }
}

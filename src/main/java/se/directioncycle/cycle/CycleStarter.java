package se.directioncycle.cycle;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts a cycle the same way for the schedule and the REST API; the model's first step does the checks. */
@Component
public class CycleStarter {

  private final RuntimeService runtimeService;

  CycleStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * @param municipality the tenant, or null to take it from the logged-in person's membership
   */
  public ProcessInstance start(String municipality, Object year, Object quarter) {
    VariableMap variables = Variables.createVariables().putValue(YEAR, year).putValue(QUARTER, quarter);
    if (municipality != null) {
      variables.putValue(MUNICIPALITY, municipality);
    }
    return runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables).execute();
  }
}

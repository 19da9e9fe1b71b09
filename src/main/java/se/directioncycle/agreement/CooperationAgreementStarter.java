package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts an agreement's process as the caller; the model's first step does the checks (like AnnualAssessmentStarter). */
@Component
class CooperationAgreementStarter {

  /** The start form's values as they came (unchecked). */
  record Registration(Object title, Object parties, Object validFrom, Object validTo, Object signedOn) {}

  private final RuntimeService runtimeService;

  CooperationAgreementStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  ProcessInstance start(String municipality, Registration registration) {
    VariableMap variables = Variables.createVariables()
        .putValue(MUNICIPALITY, municipality)
        .putValue(TITLE, registration.title())
        .putValue(PARTIES, registration.parties())
        .putValue(VALID_FROM, registration.validFrom())
        .putValue(VALID_TO, registration.validTo())
        .putValue(SIGNED_ON, registration.signedOn());
    return runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables).execute();
  }
}

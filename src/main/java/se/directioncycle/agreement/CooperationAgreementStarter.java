package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts an agreement's process as the caller; the model's first step does the checks (like AnnualAssessmentStarter). */
@Component
class CooperationAgreementStarter {

  /**
   * The start form's values as they came (unchecked: the model's first step checks them and names every problem in
   * Swedish). The schema says what to send.
   */
  @Schema(name = "CooperationAgreementRegistration")
  record Registration(
      @Schema(types = "string", requiredMode = RequiredMode.REQUIRED, minLength = 1,
          maxLength = RegisterCooperationAgreementDelegate.MAX_TITLE) Object title,
      @Schema(types = "string", description = "The parties, organisation names only (no personal data).",
          requiredMode = RequiredMode.REQUIRED, minLength = 1,
          maxLength = RegisterCooperationAgreementDelegate.MAX_PARTIES) Object parties,
      @Schema(types = "string", format = "date", description = "First day in force, 2000-01-01–2100-12-31; one agreement "
          + "per municipality and first day.", requiredMode = RequiredMode.REQUIRED) Object validFrom,
      @Schema(types = "string", format = "date", description = "Last day in force: after `validFrom`, less than "
          + "10 years after it, not already passed.", requiredMode = RequiredMode.REQUIRED) Object validTo,
      @Schema(types = {"string", "null"}, format = "date", description = "When it was signed: not in the future, "
          + "within a year of the period.") Object signedOn) {}

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

package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.InputReader;

/**
 * First step of every annual assessment, run synchronously inside the start request: validates the year,
 * registers the assessment (a duplicate is refused there, and the start rolls back), sets the business key
 * `<municipality>-<YYYY>-arsbedomning`, the groups, the deadlines and the reminder times from configuration (copied
 * into the instance, so a later configuration change leaves a running assessment as it is).
 */
@Component
class RegisterAnnualAssessmentDelegate implements JavaDelegate {

  private final AnnualAssessmentService assessments;
  private final MunicipalityRegistry municipalities;
  private final AnnualAssessmentProperties timing;

  RegisterAnnualAssessmentDelegate(AnnualAssessmentService assessments, MunicipalityRegistry municipalities,
      AnnualAssessmentProperties timing) {
    this.assessments = assessments;
    this.municipalities = municipalities;
    this.timing = timing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = readYear(execution.getVariables());
    Municipality municipality = municipalities.get(execution.getTenantId());
    Instant now = EngineClock.now();
    AnnualAssessment assessment = assessments.register(municipality, year, execution.getProcessInstanceId(), now);
    execution.setProcessBusinessKey(assessment.getBusinessKey());

    Instant importDue = now.plus(timing.importPeriod());
    Instant planDue = importDue.plus(timing.planPeriod());
    Instant decisionDue = planDue.plus(timing.decisionPeriod());
    execution.setVariables(Map.ofEntries(
        Map.entry(MUNICIPALITY, municipality.id()),
        Map.entry(MUNICIPALITY_NAME, municipality.name()),
        Map.entry(YEAR, year),
        Map.entry(PERIOD_LABEL, String.valueOf(year)),
        Map.entry(ASSESSMENT_ID, assessment.getId()),
        Map.entry(COORDINATOR_GROUP, municipality.group(Role.COORDINATOR)),
        Map.entry(COMMISSIONER_GROUP, municipality.group(Role.COMMISSIONER)),
        Map.entry(SURVEY_ENDPOINT, "/api/municipalities/" + municipality.id() + "/safety-surveys/" + year),
        Map.entry(IMPORT_DUE_AT, Date.from(importDue)),
        Map.entry(PLAN_DUE_AT, Date.from(planDue)),
        Map.entry(DECISION_DUE_AT, Date.from(decisionDue)),
        Map.entry(IMPORT_REMINDER_AT, Date.from(importDue.minus(timing.reminderBeforeDeadline()))),
        Map.entry(PLAN_REMINDER_AT, Date.from(planDue.minus(timing.reminderBeforeDeadline()))),
        Map.entry(DECISION_REMINDER_AT, Date.from(decisionDue.minus(timing.reminderBeforeDeadline())))));
  }

  static int readYear(Map<String, Object> variables) {
    InputReader input = new InputReader(variables);
    Long year = input.integer(YEAR, "År", 2020, 2100, true);
    input.throwIfInvalid();
    return year.intValue();
  }
}

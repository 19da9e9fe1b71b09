package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.assessmentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;

/** `ServiceTask_RegisterActionPlanDecision`: the approved plan is stored as decided (idempotent). */
@Component
class RegisterActionPlanDecisionDelegate implements JavaDelegate {

  private final AnnualAssessmentService assessments;

  RegisterActionPlanDecisionDelegate(AnnualAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.markDecided(assessmentId(execution), EngineClock.now());
  }
}

package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.assessmentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * `ServiceTask_PublishActionPlan` (asyncBefore, so no user's request renders the PDF): the decided plan becomes a
 * public document and is mailed to the board and the coordinator ({@link ActionPlanDecided}).
 */
@Component
class PublishActionPlanDelegate implements JavaDelegate {

  private final AnnualAssessmentService assessments;

  PublishActionPlanDelegate(AnnualAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.publishDecision(assessmentId(execution));
  }
}

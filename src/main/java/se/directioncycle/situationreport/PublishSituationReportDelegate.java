package se.directioncycle.situationreport;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.cycleId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * `ServiceTask_PublishSituationReport`: the approved report becomes its PDF in a job of its own, after the
 * coordinator's approval has been committed, so the approval answers at once and a failed rendering is retried
 * (then an incident) instead of refusing the coordinator's submit. Publishing again renders nothing twice.
 */
@Component
class PublishSituationReportDelegate implements JavaDelegate {

  private final SituationReportApproval approval;

  PublishSituationReportDelegate(SituationReportApproval approval) {
    this.approval = approval;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approval.publish(cycleId(execution));
  }
}

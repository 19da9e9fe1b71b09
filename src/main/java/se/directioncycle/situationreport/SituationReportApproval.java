package se.directioncycle.situationreport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.engine.EngineClock;

/**
 * The coordinator's approval of a compiled situation report, with the sections the coordinator wrote, and its
 * publication as a document in the next asynchronous step ({@link PublishSituationReportDelegate}).
 */
@Service
class SituationReportApproval {

  private final SituationReportRepository reports;
  private final ApplicationEventPublisher events;

  SituationReportApproval(SituationReportRepository reports, ApplicationEventPublisher events) {
    this.reports = reports;
    this.events = events;
  }

  @Transactional
  void approve(long reportId, SituationReportForms.Sections sections, String userId) {
    SituationReport report = reports.findById(reportId).orElseThrow();
    report.approve(sections.mapping(), sections.otherInformation(), sections.analysis(), userId, EngineClock.now());
  }

  /** Announces the cycle's approved report, in the publishing job's transaction: its PDF is made there, once. */
  @Transactional
  void publish(long cycleId) {
    SituationReport report = reports.findByCycleId(cycleId)
        .orElseThrow(() -> new IllegalStateException("No situation report for cycle " + cycleId));
    if (report.getApprovedAt() == null) {
      throw new IllegalStateException("The situation report of cycle " + cycleId + " is not approved");
    }
    events.publishEvent(new SituationReportApproved(report.getId()));
  }
}

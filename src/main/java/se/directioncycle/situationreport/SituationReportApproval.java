package se.directioncycle.situationreport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.engine.EngineClock;

/** The coordinator's approval of a compiled situation report, with the sections the coordinator wrote. */
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
    events.publishEvent(new SituationReportApproved(report.getId()));
  }
}

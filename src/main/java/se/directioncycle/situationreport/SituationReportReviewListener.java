package se.directioncycle.situationreport;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.EngineClock;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/** `UserTask_ReviewSituationReport`: the coordinator's three statutory sections; completing approves the report. */
@Component
public class SituationReportReviewListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_ReviewSituationReport";
  /** Camunda keeps string variables in a 4000-character column. */
  static final int MAX_SECTION = 4_000;

  record Sections(String mapping, String otherInformation, String analysis) {}

  private final SituationReportRepository reports;
  private final ApplicationEventPublisher events;

  SituationReportReviewListener(SituationReportRepository reports, ApplicationEventPublisher events) {
    this.reports = reports;
    this.events = events;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(MAPPING_SECTION, OTHER_INFORMATION_SECTION, ANALYSIS_SECTION);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Sections sections = read(task);
    SituationReport report = reports.findById(((Number) task.getVariable(SITUATION_REPORT_ID)).longValue())
        .orElseThrow();
    report.approve(sections.mapping(), sections.otherInformation(), sections.analysis(), CurrentUser.idOrNull(),
        EngineClock.now());
    events.publishEvent(new SituationReportApproved(report.getId()));
  }

  static Sections read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    Sections sections = new Sections(
        input.text(MAPPING_SECTION, "Kartläggning av brottsligheten", MAX_SECTION, true),
        input.text(OTHER_INFORMATION_SECTION, "Annan relevant information", MAX_SECTION, true),
        input.text(ANALYSIS_SECTION, "Analys", MAX_SECTION, true));
    input.throwIfInvalid();
    return sections;
  }
}

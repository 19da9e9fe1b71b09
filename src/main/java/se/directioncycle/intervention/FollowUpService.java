package se.directioncycle.intervention;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.promise.CommitmentProgress;
import se.directioncycle.promise.InterventionProgress;
import se.directioncycle.engine.EngineClock;

/**
 * Status reports on interventions, how they read in forms and summaries, and what the interventions linked to
 * citizen-promise commitments have achieved (the promise period's yearly follow-up asks through {@link
 * InterventionProgress}).
 */
@Service
public class FollowUpService implements InterventionProgress {

  private final FollowUpReportRepository reports;
  private final DirectionDecisionService decisions;

  FollowUpService(FollowUpReportRepository reports, DirectionDecisionService decisions) {
    this.reports = reports;
    this.decisions = decisions;
  }

  @Transactional
  public FollowUpReport record(long interventionId, String taskId, String trafficLight, long progressCount,
      String statusComment, String reportedBy) {
    FollowUpReport report = reports.findByTaskId(taskId).orElseGet(() -> new FollowUpReport(interventionId, taskId));
    report.update(trafficLight, progressCount, statusComment, reportedBy, EngineClock.now());
    return reports.save(report);
  }

  @Transactional(readOnly = true)
  public List<FollowUpReport> reportsOn(long interventionId) {
    return reports.findByInterventionIdOrderByReportedAtAscIdAsc(interventionId);
  }

  /** The latest report on each of these interventions that has any, by intervention id. */
  @Transactional(readOnly = true)
  public Map<Long, FollowUpReport> latestReportsOn(Collection<Long> interventionIds) {
    return interventionIds.isEmpty() ? Map.of() : reports.findLatestOn(interventionIds).stream()
        .collect(Collectors.toMap(FollowUpReport::getInterventionId, Function.identity()));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, CommitmentProgress> progressOfCommitments(Collection<Long> commitmentIds, int year) {
    List<Intervention> linked = decisions.registeredInterventionsLinkedTo(commitmentIds, year);
    Map<Long, FollowUpReport> latest = latestReportsOn(linked.stream().map(Intervention::getId).toList());
    return progressOfCommitments(linked, latest);
  }

  /** Sums the latest reported progress of the linked interventions per commitment (no report yet counts 0). */
  static Map<Long, CommitmentProgress> progressOfCommitments(List<Intervention> linked,
      Map<Long, FollowUpReport> latestReports) {
    Map<Long, CommitmentProgress> progress = new HashMap<>();
    for (Intervention intervention : linked) {
      FollowUpReport latest = latestReports.get(intervention.getId());
      long done = latest == null ? 0 : latest.getProgressCount();
      progress.merge(intervention.getCommitmentId(), new CommitmentProgress(intervention.getCommitmentId(), done, 1),
          (sum, one) -> new CommitmentProgress(sum.commitmentId(), sum.progress() + one.progress(),
              sum.linkedInterventions() + one.linkedInterventions()));
    }
    return progress;
  }

  /** Markdown describing an intervention and its reports so far, for the evaluation and follow-up forms. */
  @Transactional(readOnly = true)
  public String describe(long interventionId) {
    Intervention intervention = decisions.intervention(interventionId);
    StringBuilder text = new StringBuilder("**").append(intervention.getTitle()).append("**  \n")
        .append("Ansvarig: ").append(intervention.getResponsibleOrganisation().swedishName())
        .append(" (").append(intervention.getParty().swedish()).append(")  \n")
        .append("Period: ").append(intervention.getPeriodStart()).append(" – ").append(intervention.getPeriodEnd())
        .append("  \nIndikator: ").append(intervention.getIndicator())
        .append("  \nMål: ").append(intervention.getTarget()).append("\n\n");
    List<FollowUpReport> history = reportsOn(intervention.getId());
    if (history.isEmpty()) {
      text.append("Inga statusrapporter ännu.");
    } else {
      text.append("Statusrapporter:\n\n").append(history.stream()
          .map(r -> "- " + r.getReportedAt().atZone(EngineClock.SWEDEN).toLocalDate() + ": "
              + TrafficLight.swedish(r.getTrafficLight()) + ", genomfört " + r.getProgressCount()
              + (r.getStatusComment() == null ? "" : " – " + r.getStatusComment()))
          .collect(Collectors.joining("\n")));
    }
    String description = text.toString();
    return description.length() <= 3900 ? description : description.substring(0, 3900) + " …";
  }
}

package se.directioncycle.intervention;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.direction.Intervention;
import se.directioncycle.system.EngineClock;

/** Status reports on interventions, and how they read in forms and summaries. */
@Service
public class FollowUpService {

  private final FollowUpReportRepository reports;

  FollowUpService(FollowUpReportRepository reports) {
    this.reports = reports;
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

  /** Markdown describing an intervention and its reports so far, for the evaluation and follow-up forms. */
  @Transactional(readOnly = true)
  public String describe(Intervention intervention) {
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

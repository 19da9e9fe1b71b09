package se.directioncycle.intervention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.council.Organisation;
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

  /**
   * Saves the report of the organisation with this code on the intervention, without reading the intervention: the
   * status report's form says whose report it is ({@link FollowUpForms}).
   */
  @Transactional
  void record(long interventionId, String taskId, String organisation, String trafficLight, long progressCount,
      String statusComment, String reportedBy) {
    // written without looking the task up first: its report is saved as the task completes, in this transaction,
    // and a task completes once (task_id is unique, so a second report of one task could not be written anyway)
    reports.save(new FollowUpReport(interventionId, taskId, organisation, trafficLight, progressCount,
        statusComment, reportedBy, EngineClock.now()));
  }

  @Transactional(readOnly = true)
  public List<FollowUpReport> reportsOn(long interventionId) {
    return reports.findByInterventionIdOrderByReportedAtAscIdAsc(interventionId);
  }

  /** The latest report of each reporting organisation on each of these interventions, by intervention id. */
  @Transactional(readOnly = true)
  public Map<Long, List<FollowUpReport>> latestReportsOn(Collection<Long> interventionIds) {
    return interventionIds.isEmpty() ? Map.of() : reports.findLatestOn(interventionIds).stream()
        .collect(Collectors.groupingBy(FollowUpReport::getInterventionId));
  }

  /**
   * The colour each intervention's lead gave in its latest status report (the colour that steers escalation), by
   * intervention id; an intervention whose lead has not reported yet is left out. One query for all of them.
   */
  @Transactional(readOnly = true)
  public Map<Long, String> leadTrafficLights(Collection<Intervention> interventions) {
    Map<Long, List<FollowUpReport>> latest = latestReportsOn(interventions.stream().map(Intervention::getId).toList());
    Map<Long, String> lights = new java.util.HashMap<>();
    for (Intervention intervention : interventions) {
      FollowUpReport lead = latestOf(latest.getOrDefault(intervention.getId(), List.of()),
          intervention.getResponsibleOrganisation().code());
      if (lead != null) {
        lights.put(intervention.getId(), lead.getTrafficLight());
      }
    }
    return lights;
  }

  /** The latest report of one organisation on an intervention, or null before its first. */
  static FollowUpReport latestOf(List<FollowUpReport> history, String organisation) {
    FollowUpReport latest = null;
    for (FollowUpReport report : history) {
      if (organisation.equals(report.getOrganisation())) {
        latest = report;
      }
    }
    return latest;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, CommitmentProgress> progressOfCommitments(Collection<Long> commitmentIds, int year) {
    List<Intervention> linked = decisions.registeredInterventionsLinkedTo(commitmentIds, year);
    Map<Long, List<FollowUpReport>> latest = latestReportsOn(linked.stream().map(Intervention::getId).toList());
    return progressOfCommitments(linked, latest);
  }

  /**
   * Sums the reported progress of the linked interventions per commitment: an intervention's progress is the sum of
   * the latest report of each of its organisations (each reports its own part; no report yet counts 0).
   */
  static Map<Long, CommitmentProgress> progressOfCommitments(List<Intervention> linked,
      Map<Long, List<FollowUpReport>> latestReports) {
    Map<Long, CommitmentProgress> progress = new HashMap<>();
    for (Intervention intervention : linked) {
      long done = latestReports.getOrDefault(intervention.getId(), List.of()).stream()
          .mapToLong(FollowUpReport::getProgressCount).sum();
      progress.merge(intervention.getCommitmentId(), new CommitmentProgress(intervention.getCommitmentId(), done, 1),
          (sum, one) -> new CommitmentProgress(sum.commitmentId(), sum.progress() + one.progress(),
              sum.linkedInterventions() + one.linkedInterventions()));
    }
    return progress;
  }

  /**
   * Markdown describing an intervention, its lead and participants and the reports of each so far, for the
   * evaluation and follow-up forms.
   */
  @Transactional(readOnly = true)
  public String describe(long interventionId) {
    Intervention intervention = decisions.intervention(interventionId);
    return describe(intervention, reportsOn(intervention.getId()));
  }

  /** {@link #describe(long)} for a status report task, saying whose part it reports when the work is joint. */
  @Transactional(readOnly = true)
  public String describeFor(long interventionId, Collection<String> candidateGroups) {
    Intervention intervention = decisions.intervention(interventionId);
    String description = describe(intervention, reportsOn(intervention.getId()));
    if (intervention.getParticipants().isEmpty()) {
      return description;
    }
    String reporter = candidateGroups.stream().map(intervention::organisationOfGroup).flatMap(Optional::stream)
        .findFirst().map(o -> intervention.isLeadBy(o.code())
            ? "Ni rapporterar som ansvarig organisation (" + o.swedishName() + "): er status avgör om insatsen är röd."
            : "Ni rapporterar er egen del av insatsen (" + o.swedishName() + ").")
        .orElse("");
    return reporter.isEmpty() ? description : truncate(reporter + "\n\n" + description);
  }

  static String describe(Intervention intervention, List<FollowUpReport> history) {
    StringBuilder text = new StringBuilder("**").append(intervention.getTitle()).append("**  \n")
        .append("Ansvarig: ").append(intervention.getResponsibleOrganisation().swedishName())
        .append(" (").append(intervention.getParty().swedish()).append(")  \n");
    if (!intervention.getParticipants().isEmpty()) {
      text.append("Deltar: ").append(intervention.getParticipants().stream()
          .map(o -> o.swedishName() + " (" + o.party().swedish() + ")").collect(Collectors.joining(", ")))
          .append("  \n");
    }
    text.append("Period: ").append(intervention.getPeriodStart()).append(" – ").append(intervention.getPeriodEnd())
        .append("  \nIndikator: ").append(intervention.getIndicator())
        .append("  \nMål: ").append(intervention.getTarget()).append("\n\n");
    if (history.isEmpty()) {
      text.append("Inga statusrapporter ännu.");
    } else if (intervention.getParticipants().isEmpty()) {
      text.append("Statusrapporter:\n\n").append(lines(history));
    } else {
      // a joint intervention: each organisation's reports under its own heading, the lead's first
      List<Organisation> organisations = new ArrayList<>();
      organisations.add(intervention.getResponsibleOrganisation());
      organisations.addAll(intervention.getParticipants());
      text.append("Statusrapporter per organisation:");
      for (Organisation organisation : organisations) {
        List<FollowUpReport> own = history.stream().filter(r -> organisation.code().equals(r.getOrganisation()))
            .toList();
        text.append("\n\n").append(organisation.swedishName())
            .append(intervention.isLeadBy(organisation.code()) ? " (ansvarig)" : " (deltar)")
            .append(":\n\n").append(own.isEmpty() ? "- Ingen statusrapport ännu." : lines(own));
      }
    }
    return truncate(text.toString());
  }

  private static String truncate(String description) {
    return description.length() <= 3900 ? description : description.substring(0, 3900) + " …";
  }

  private static String lines(List<FollowUpReport> reports) {
    return reports.stream()
        .map(r -> "- " + r.getReportedAt().atZone(EngineClock.SWEDEN).toLocalDate() + ": "
            + TrafficLight.swedish(r.getTrafficLight()) + ", genomfört " + r.getProgressCount()
            + (r.getStatusComment() == null ? "" : " – " + r.getStatusComment()))
        .collect(Collectors.joining("\n"));
  }
}

package se.directioncycle.intervention;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.cycle.BoardReport;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;

/**
 * The quarterly report to the municipal board (Kvartalsrapport till kommunstyrelsen) that the cycle keeps when it
 * closes: the decision number, each intervention with its responsible organisation and its latest status report
 * (colour, progress, target) or "ingen statusrapport", and the number of green, yellow and red interventions. A
 * joint intervention's colour is its lead's; each participating organisation's latest report follows on its own line.
 */
@Service
class QuarterReportService implements BoardReport {

  /** One intervention of the decision as the report shows it; {@code latest} is null before any status report. */
  record Line(String title, String responsibleOrganisation, String target, FollowUpReport latest, List<Part> parts) {

    Line(String title, String responsibleOrganisation, String target, FollowUpReport latest) {
      this(title, responsibleOrganisation, target, latest, List.of());
    }
  }

  /** A participating organisation's own part of a joint intervention; {@code latest} is null before its report. */
  record Part(String organisation, FollowUpReport latest) {}

  private final DirectionDecisionService decisions;
  private final FollowUpService followUps;

  QuarterReportService(DirectionDecisionService decisions, FollowUpService followUps) {
    this.decisions = decisions;
    this.followUps = followUps;
  }

  @Override
  @Transactional(readOnly = true)
  public String write(long decisionId, String municipalityName) {
    DirectionDecision decision = decisions.get(decisionId);
    List<Line> lines = decisions.interventionsOf(decision.getId()).stream().map(intervention -> {
      List<FollowUpReport> reports = followUps.reportsOn(intervention.getId());
      return new Line(intervention.getTitle(), intervention.getResponsibleOrganisation().swedishName(),
          intervention.getTarget(), FollowUpService.latestOf(reports, intervention.getResponsibleOrganisation().code()),
          intervention.getParticipants().stream()
              .map(p -> new Part(p.swedishName(), FollowUpService.latestOf(reports, p.code()))).toList());
    }).toList();
    return write(municipalityName, decision.getQuarter().label(), decision.getDecisionNumber(), lines);
  }

  static String write(String municipalityName, String periodLabel, String decisionNumber, List<Line> lines) {
    StringBuilder report = new StringBuilder("Kvartalsrapport till kommunstyrelsen – ")
        .append(municipalityName).append(' ').append(periodLabel)
        .append("\nInriktningsbeslut ").append(decisionNumber).append("\n\n");
    for (Line line : lines) {
      String light = line.latest() == null ? null : line.latest().getTrafficLight();
      report.append("- ").append(line.title()).append(" (").append(line.responsibleOrganisation()).append("): ")
          .append(line.latest() == null ? "ingen statusrapport" : TrafficLight.swedish(light) + ", genomfört "
              + line.latest().getProgressCount() + " (mål: " + line.target() + ")")
          .append('\n');
      for (Part part : line.parts()) {
        report.append("  - deltar ").append(part.organisation()).append(": ").append(part.latest() == null
            ? "ingen statusrapport" : TrafficLight.swedish(part.latest().getTrafficLight()) + ", genomfört "
                + part.latest().getProgressCount()).append('\n');
      }
    }
    TrafficLight.Tally tally = TrafficLight.Tally.of(lines.stream()
        .map(line -> line.latest() == null ? null : line.latest().getTrafficLight()).toList());
    report.append("\nGröna: ").append(tally.green()).append(", gula: ").append(tally.yellow()).append(", röda: ")
        .append(tally.red())
        .append(".\n");
    return report.toString();
  }
}

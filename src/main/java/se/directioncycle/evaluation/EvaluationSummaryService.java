package se.directioncycle.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.intervention.TrafficLight;
import se.directioncycle.situationreport.IndicatorCatalogue;
import se.directioncycle.situationreport.IndicatorTotal;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReports;

/**
 * Summarises a cycle's evaluation of the previous decision: the share of its interventions per traffic light,
 * the indicator change against the baseline (the report of the cycle in which the previous decision was taken),
 * and the interventions recommended "continue", which the next proposal carries over.
 */
@Service
public class EvaluationSummaryService {

  /** Longest summary a string process variable takes. */
  static final int MAX_VARIABLE = 3900;

  /** What the summary says and which interventions go on into the next proposal. */
  public record Summary(int green, int yellow, int red, int notEvaluated, String text,
      List<Long> carryOverInterventionIds) {

    /** The text, capped to fit a string process variable. */
    public String variableText() {
      return text.length() > MAX_VARIABLE ? text.substring(0, MAX_VARIABLE) + " …" : text;
    }
  }

  private final InterventionEvaluationRepository evaluations;
  private final EvaluationSummaryRepository summaries;
  private final DirectionDecisionService decisions;
  private final SituationReports reports;
  private final ApplicationEventPublisher events;

  EvaluationSummaryService(InterventionEvaluationRepository evaluations, EvaluationSummaryRepository summaries,
      DirectionDecisionService decisions, SituationReports reports, ApplicationEventPublisher events) {
    this.evaluations = evaluations;
    this.summaries = summaries;
    this.decisions = decisions;
    this.reports = reports;
    this.events = events;
  }

  /** The evaluation summary of a cycle, once the cycle's evaluation is summarized. */
  @Transactional(readOnly = true)
  public Optional<EvaluationSummary> ofCycle(long cycleId) {
    return summaries.findByCycleId(cycleId);
  }

  /**
   * Summarises the cycle's evaluations of the previous decision's interventions and stores the summary (a
   * retried job replaces it); {@link EvaluationSummarized} goes out in this transaction.
   */
  @Transactional
  public Summary summarize(long cycleId, long previousDecisionId) {
    DirectionDecision previous = decisions.get(previousDecisionId);
    List<Long> interventionIds = decisions.interventionsOf(previous.getId()).stream().map(Intervention::getId).toList();
    Summary summary = summarize(previous.getDecisionNumber(), interventionIds, evaluations.findByCycleId(cycleId),
        reports.ofCycle(previous.getCycleId()).map(EvaluationSummaryService::totals),
        reports.ofCycle(cycleId).map(EvaluationSummaryService::totals));
    EvaluationSummary stored = summaries.findByCycleId(cycleId)
        .orElseGet(() -> new EvaluationSummary(cycleId, previous.getId()));
    stored.update(summary.green(), summary.yellow(), summary.red(), summary.notEvaluated(), summary.text());
    summaries.save(stored);
    events.publishEvent(new EvaluationSummarized(cycleId));
    return summary;
  }

  /**
   * The summary of the previous decision's interventions (in order) from this cycle's evaluations of them, and
   * the indicator totals (code → total, in the report's order) of the baseline and the current situation report.
   * An intervention without an evaluation counts as not evaluated; evaluations of other interventions are ignored.
   */
  static Summary summarize(String decisionNumber, List<Long> interventionIds,
      Collection<InterventionEvaluation> cycleEvaluations, Optional<Map<String, Long>> baseline,
      Optional<Map<String, Long>> current) {
    Map<Long, InterventionEvaluation> byIntervention = cycleEvaluations.stream()
        .collect(Collectors.toMap(InterventionEvaluation::getInterventionId, Function.identity()));
    int green = 0;
    int yellow = 0;
    int red = 0;
    List<Long> carryOver = new ArrayList<>();
    for (Long interventionId : interventionIds) {
      InterventionEvaluation evaluation = byIntervention.get(interventionId);
      if (evaluation == null) {
        continue;
      }
      if (TrafficLight.GREEN.equals(evaluation.getTrafficLight())) {
        green++;
      } else if (TrafficLight.YELLOW.equals(evaluation.getTrafficLight())) {
        yellow++;
      } else {
        red++;
      }
      if ("continue".equals(evaluation.getRecommendation())) {
        carryOver.add(interventionId);
      }
    }
    int total = interventionIds.size();
    int notEvaluated = total - green - yellow - red;
    StringBuilder text = new StringBuilder("### Utvärdering av ").append(decisionNumber).append("\n\n")
        .append("Insatser: ").append(total).append(". Gröna ").append(share(green, total)).append(", gula ")
        .append(share(yellow, total)).append(", röda ").append(share(red, total));
    if (notEvaluated > 0) {
      text.append(", ej utvärderade ").append(notEvaluated);
    }
    text.append(".\n\n").append(indicatorChange(baseline, current));
    return new Summary(green, yellow, red, notEvaluated, text.toString(), List.copyOf(carryOver));
  }

  private static String share(int count, int total) {
    return total == 0 ? "0 %" : Math.round(100.0 * count / total) + " %";
  }

  private static String indicatorChange(Optional<Map<String, Long>> baseline, Optional<Map<String, Long>> current) {
    if (baseline.isEmpty() || current.isEmpty()) {
      return "Indikatorförändring: underlag saknas.";
    }
    StringBuilder text = new StringBuilder("Indikatorförändring mot utgångsläget:\n\n");
    current.get().forEach((code, now) -> {
      Long was = baseline.get().get(code);
      String label = IndicatorCatalogue.find(code).map(IndicatorCatalogue.Indicator::label).orElse(code);
      text.append("- ").append(label).append(": ").append(was == null ? "–" : was).append(" → ").append(now);
      if (was != null && was > 0) {
        text.append(" (").append(Math.round(100.0 * (now - was) / was)).append(" %)");
      }
      text.append('\n');
    });
    return text.toString();
  }

  private static Map<String, Long> totals(SituationReport report) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (IndicatorTotal total : report.getIndicatorTotals()) {
      totals.put(total.getIndicatorCode(), total.getTotal());
    }
    return totals;
  }
}

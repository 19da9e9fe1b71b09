package se.directioncycle.evaluation;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.intervention.TrafficLight;
import se.directioncycle.situationreport.IndicatorCatalogue;
import se.directioncycle.situationreport.IndicatorTotal;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReportRepository;

/**
 * `ServiceTask_SummarizeEvaluation`: share of interventions per traffic light, indicator change
 * against the baseline (the report the previous decision was based on), and the interventions
 * recommended "continue", which the next proposal carries over.
 */
@Component
public class SummarizeEvaluationDelegate implements JavaDelegate {

  private final InterventionEvaluationRepository evaluations;
  private final EvaluationSummaryRepository summaries;
  private final DirectionDecisionService decisions;
  private final SituationReportRepository reports;
  private final ApplicationEventPublisher events;

  SummarizeEvaluationDelegate(InterventionEvaluationRepository evaluations, EvaluationSummaryRepository summaries,
      DirectionDecisionService decisions, SituationReportRepository reports, ApplicationEventPublisher events) {
    this.events = events;
    this.evaluations = evaluations;
    this.summaries = summaries;
    this.decisions = decisions;
    this.reports = reports;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    long cycleId = cycleId(execution);
    DirectionDecision previous = decisions.get(((Number) execution.getVariable(PREVIOUS_DECISION_ID)).longValue());
    List<Intervention> interventions = decisions.interventionsOf(previous.getId());
    Map<Long, InterventionEvaluation> byIntervention = evaluations.findByCycleId(cycleId).stream()
        .collect(Collectors.toMap(InterventionEvaluation::getInterventionId, Function.identity()));
    int green = 0;
    int yellow = 0;
    int red = 0;
    List<Long> carryOver = new ArrayList<>();
    for (Intervention intervention : interventions) {
      InterventionEvaluation evaluation = byIntervention.get(intervention.getId());
      if (evaluation == null) {
        continue;
      }
      switch (evaluation.getTrafficLight()) {
        case TrafficLight.GREEN -> green++;
        case TrafficLight.YELLOW -> yellow++;
        default -> red++;
      }
      if ("continue".equals(evaluation.getRecommendation())) {
        carryOver.add(intervention.getId());
      }
    }
    int total = interventions.size();
    int notEvaluated = total - green - yellow - red;
    StringBuilder text = new StringBuilder("### Utvärdering av ").append(previous.getDecisionNumber()).append("\n\n")
        .append("Insatser: ").append(total).append(". Gröna ").append(share(green, total)).append(", gula ")
        .append(share(yellow, total)).append(", röda ").append(share(red, total));
    if (notEvaluated > 0) {
      text.append(", ej utvärderade ").append(notEvaluated);
    }
    text.append(".\n\n").append(indicatorChange(previous.getCycleId(), cycleId));
    EvaluationSummary summary = summaries.findByCycleId(cycleId)
        .orElseGet(() -> new EvaluationSummary(cycleId, previous.getId()));
    summary.update(green, yellow, red, notEvaluated, text.toString());
    summaries.save(summary);
    events.publishEvent(new EvaluationSummarized(cycleId));
    execution.setVariable(EVALUATION_SUMMARY, text.length() > 3900 ? text.substring(0, 3900) + " …" : text.toString());
    execution.setVariable(CARRY_OVER_INTERVENTION_IDS, ids(carryOver));
  }

  private static String share(int count, int total) {
    return total == 0 ? "0 %" : Math.round(100.0 * count / total) + " %";
  }

  private String indicatorChange(long baselineCycleId, long currentCycleId) {
    var baseline = reports.findByCycleId(baselineCycleId);
    var current = reports.findByCycleId(currentCycleId);
    if (baseline.isEmpty() || current.isEmpty()) {
      return "Indikatorförändring: underlag saknas.";
    }
    Map<String, Long> before = totals(baseline.get());
    StringBuilder text = new StringBuilder("Indikatorförändring mot utgångsläget:\n\n");
    for (IndicatorTotal total : current.get().getIndicatorTotals()) {
      Long was = before.get(total.getIndicatorCode());
      String label = IndicatorCatalogue.find(total.getIndicatorCode()).map(IndicatorCatalogue.Indicator::label)
          .orElse(total.getIndicatorCode());
      text.append("- ").append(label).append(": ").append(was == null ? "–" : was).append(" → ")
          .append(total.getTotal());
      if (was != null && was > 0) {
        text.append(" (").append(Math.round(100.0 * (total.getTotal() - was) / was)).append(" %)");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static Map<String, Long> totals(SituationReport report) {
    return report.getIndicatorTotals().stream()
        .collect(Collectors.toMap(IndicatorTotal::getIndicatorCode, IndicatorTotal::getTotal));
  }
}

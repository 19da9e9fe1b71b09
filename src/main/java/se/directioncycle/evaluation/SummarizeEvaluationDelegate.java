package se.directioncycle.evaluation;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** `ServiceTask_SummarizeEvaluation`: {@link EvaluationSummaryService#summarize}, and its result as variables. */
@Component
class SummarizeEvaluationDelegate implements JavaDelegate {

  private final EvaluationSummaryService summaries;

  SummarizeEvaluationDelegate(EvaluationSummaryService summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EvaluationSummaryService.Summary summary =
        summaries.summarize(cycleId(execution), ((Number) execution.getVariable(PREVIOUS_DECISION_ID)).longValue());
    execution.setVariable(EVALUATION_SUMMARY, summary.variableText());
    setIds(execution, CARRY_OVER_INTERVENTION_IDS, summary.carryOverInterventionIds());
  }
}

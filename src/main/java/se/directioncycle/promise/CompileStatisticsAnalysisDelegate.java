package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.JsonInput;
import se.directioncycle.input.TextVariable;

/**
 * `ServiceTask_CompileStatisticsAnalysis`: compiles and stores the analysis, offers every problem category as a
 * focus area (most observations first) and ticks the top ones that have observations as the proposal.
 */
@Component
class CompileStatisticsAnalysisDelegate implements JavaDelegate {

  private final StatisticsAnalysisCompiler compiler;
  private final PromisePeriodService periods;
  private final MunicipalityRegistry municipalities;

  CompileStatisticsAnalysisDelegate(StatisticsAnalysisCompiler compiler, PromisePeriodService periods,
      MunicipalityRegistry municipalities) {
    this.compiler = compiler;
    this.periods = periods;
    this.municipalities = municipalities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int startYear = ((Number) execution.getVariable(START_YEAR)).intValue();
    StatisticsAnalysis analysis = compiler.compile(municipalities.get(municipality(execution)), startYear);
    periods.recordAnalysis(periodId(execution), analysis.text(), EngineClock.now());
    execution.setVariable(STATISTICS_ANALYSIS, TextVariable.fit(analysis.text(), WHOLE_TEXT));
    execution.setVariable(FOCUS_AREA_CHOICES, SpinValues.jsonValue(JsonInput.write(analysis.ranking().stream()
        .map(c -> Map.of("value", c.category(), "label", c.label() + " (" + (c.observations() == 0 ? "inga" : SmallCounts.display(c.observations()))
            + " observationer)"))
        .toList())).create());
    List<String> proposed = analysis.ranking().stream().filter(c -> c.observations() > 0)
        .limit(StatisticsAnalysisCompiler.PROPOSED_FOCUS_AREAS).map(StatisticsAnalysis.RankedCategory::category)
        .toList();
    execution.setVariable(FOCUS_AREAS, SpinValues.jsonValue(JsonInput.write(proposed)).create());
  }
}

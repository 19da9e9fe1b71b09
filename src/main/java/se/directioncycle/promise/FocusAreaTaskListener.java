package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.situationreport.ObservationCategory;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.JsonInput;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_DecideFocusAreas`: the coordinator with the community police officer decides 1–3 focus areas among
 * the analysis' ranked problems; the draft starts with one theme per focus area.
 */
@Component
public class FocusAreaTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_DecideFocusAreas";
  static final int MAX_FOCUS_AREAS = 3;

  private final PromisePeriodService periods;
  private final StatisticsAnalysisCompiler compiler;
  private final MunicipalityRegistry municipalities;

  FocusAreaTaskListener(PromisePeriodService periods, StatisticsAnalysisCompiler compiler,
      MunicipalityRegistry municipalities) {
    this.periods = periods;
    this.compiler = compiler;
    this.municipalities = municipalities;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(FOCUS_AREAS, FOCUS_MOTIVATION);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    Decision decision = read(task);
    // the analysis ranks every category, so each choice has its row: the observations are stored with it
    List<StatisticsAnalysis.RankedCategory> chosen = compiler.compile(municipalities.get(municipality(task)),
            ((Number) task.getVariable(START_YEAR)).intValue()).ranking().stream()
        .filter(c -> decision.categories().contains(c.category()))
        .sorted(Comparator.comparingInt(c -> decision.categories().indexOf(c.category())))
        .toList();
    periods.decideFocusAreas(periodId(task), chosen, decision.motivation());
    List<Map<String, Object>> themes = new ArrayList<>();
    for (StatisticsAnalysis.RankedCategory area : chosen) {
      Map<String, Object> theme = new LinkedHashMap<>();
      theme.put("title", area.label());
      theme.put("problemCategory", area.category());
      theme.put("goal", "");
      theme.put("commitments", List.of());
      themes.add(theme);
    }
    task.setVariable(PROMISE_DRAFT, SpinValues.jsonValue(JsonInput.write(Map.of("themes", themes))).create());
  }

  /** The chosen categories' codes, in the order chosen, and the motivation. */
  record Decision(List<String> categories, String motivation) {}

  /** Every category is offered (the analysis ranks them all), so a choice is checked against the categories. */
  static Decision read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    List<Object> codes = JsonInput.toList(task.getVariable(FOCUS_AREAS), "Fokusområden");
    List<String> chosen = new ArrayList<>();
    for (Object code : codes) {
      ObservationCategory.fromCode(String.valueOf(code)).ifPresentOrElse(c -> chosen.add(c.name()),
          () -> input.problem("Fokusområden", "har ett värde som inte finns bland valen."));
    }
    if (codes.isEmpty()) {
      input.problem("Fokusområden", "måste ha minst ett val.");
    } else if (codes.size() > MAX_FOCUS_AREAS) {
      input.problem("Fokusområden", "får ha högst " + MAX_FOCUS_AREAS + " val (nu " + codes.size() + ").");
    } else if (new java.util.HashSet<>(codes).size() != codes.size()) {
      input.problem("Fokusområden", "har samma val två gånger.");
    }
    String motivation = input.text(FOCUS_MOTIVATION, "Motivering", 4000, false);
    input.throwIfInvalid();
    return new Decision(chosen, motivation);
  }
}

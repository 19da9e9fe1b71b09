package se.directioncycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluation summary's counts, shares, indicator change and carry-over, without a database or an engine. */
class EvaluationSummaryServiceTest {

  static final long CYCLE = 7;

  @Test
  void countsTheInterventionsPerTrafficLightAndCarriesOverThoseToContinue() {
    EvaluationSummaryService.Summary summary = EvaluationSummaryService.summarize("BRÅ 2027/1", List.of(1L, 2L, 3L, 4L),
        List.of(evaluation(1, "green", "continue"), evaluation(2, "yellow", "adjust"), evaluation(3, "red", "continue"),
            evaluation(4, "green", "stop")),
        Optional.empty(), Optional.empty());

    assertThat(summary.green()).isEqualTo(2);
    assertThat(summary.yellow()).isEqualTo(1);
    assertThat(summary.red()).isEqualTo(1);
    assertThat(summary.notEvaluated()).isZero();
    assertThat(summary.carryOverInterventionIds()).containsExactly(1L, 3L);
    assertThat(summary.text()).isEqualTo("""
        ### Utvärdering av BRÅ 2027/1

        Insatser: 4. Gröna 50 %, gula 25 %, röda 25 %.

        Indikatorförändring: underlag saknas.""");
  }

  @Test
  void anInterventionWithoutEvaluationIsNamedAndEvaluationsOfOtherInterventionsAreIgnored() {
    EvaluationSummaryService.Summary summary = EvaluationSummaryService.summarize("BRÅ 2027/2", List.of(1L, 2L, 3L),
        List.of(evaluation(1, "green", "continue"), evaluation(99, "red", "continue")), Optional.empty(),
        Optional.empty());

    assertThat(List.of(summary.green(), summary.yellow(), summary.red(), summary.notEvaluated()))
        .containsExactly(1, 0, 0, 2);
    assertThat(summary.carryOverInterventionIds()).containsExactly(1L);
    assertThat(summary.text()).contains("Insatser: 3. Gröna 33 %, gula 0 %, röda 0 %, ej utvärderade 2.");
  }

  @Test
  void aDecisionWithoutInterventionsHasNoShares() {
    EvaluationSummaryService.Summary summary = EvaluationSummaryService.summarize("BRÅ 2027/3", List.of(), List.of(),
        Optional.empty(), Optional.empty());

    assertThat(summary.notEvaluated()).isZero();
    assertThat(summary.text()).contains("Insatser: 0. Gröna 0 %, gula 0 %, röda 0 %.");
  }

  @Test
  void indicatorsAreComparedWithTheBaselineInTheCurrentReportsOrder() {
    Map<String, Long> baseline = Map.of("police-reported-violence", 40L, "school-vandalism", 0L, "retired-code", 3L);
    Map<String, Long> current = new LinkedHashMap<>();
    current.put("school-vandalism", 5L);
    current.put("police-reported-violence", 30L);
    current.put("rescue-arson", 2L);
    current.put("unknown-code", 1L);

    String text = EvaluationSummaryService.summarize("BRÅ 2027/1", List.of(1L), List.of(evaluation(1, "green", "stop")),
        Optional.of(baseline), Optional.of(current)).text();

    assertThat(text).endsWith("""
        Indikatorförändring mot utgångsläget:

        - Skadegörelse i skolmiljö: 0 → 5
        - Anmälda våldsbrott: 40 → 30 (-25 %)
        - Anlagda bränder: – → 2
        - unknown-code: – → 1
        """);
  }

  @Test
  void theVariableTextIsCappedAndTheStoredTextIsNot() {
    String longText = "x".repeat(5000);
    EvaluationSummaryService.Summary summary = new EvaluationSummaryService.Summary(0, 0, 0, 0, longText, List.of());

    assertThat(summary.variableText()).hasSize(3902).endsWith("x …");
    assertThat(summary.text()).hasSize(5000);
    assertThat(new EvaluationSummaryService.Summary(0, 0, 0, 0, "kort", List.of()).variableText()).isEqualTo("kort");
  }

  private static InterventionEvaluation evaluation(long interventionId, String trafficLight, String recommendation) {
    InterventionEvaluation evaluation = new InterventionEvaluation(interventionId, CYCLE);
    evaluation.update(new EvaluationInput("ongoing", trafficLight, "Halva målet", null, recommendation, null),
        "kalix-skola", Instant.parse("2027-03-01T10:00:00Z"));
    return evaluation;
  }
}

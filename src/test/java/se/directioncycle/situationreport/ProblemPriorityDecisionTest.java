package se.directioncycle.situationreport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table {@code bpmn/problem-priority.dmn} (hit policy FIRST): every rule and the order between them. */
@ExtendWith(DmnEngineExtension.class)
class ProblemPriorityDecisionTest {

  static final String RESOURCE = "bpmn/problem-priority.dmn";
  static final List<String> RULES_IN_ORDER = List.of(
      "Rule_SevereRising", "Rule_SevereFrequent", "Rule_Severe", "Rule_ModerateRisingFrequent",
      "Rule_VeryFrequent", "Rule_ModerateRising", "Rule_Moderate", "Rule_Other");

  /** The rules' explanation texts (from the model) → rule id, to tell which rule answered. */
  static Map<String, String> ruleByExplanation;

  DmnDecision decision;

  @BeforeAll
  static void readRules() throws IOException {
    ruleByExplanation = new LinkedHashMap<>();
    for (Rule rule : rules(readModel())) {
      String explanation = unquote(rule.getOutputEntries().stream().toList().get(2).getTextContent());
      ruleByExplanation.put(explanation, rule.getId());
    }
  }

  @BeforeEach
  void parseDecision(DmnEngine dmnEngine) throws IOException {
    try (InputStream dmn = resource()) {
      decision = dmnEngine.parseDecision("ProblemPriority", dmn);
    }
  }

  @ParameterizedTest(name = "severity {0}, trend {1}, frequency {2} -> {3}")
  @CsvSource({
      // severity, trend, frequency, expected rule, priority, label
      "3, increasing,  1, Rule_SevereRising,           1, Akut",
      "3, new,         0, Rule_SevereRising,           1, Akut",
      "3, increasing, 12, Rule_SevereRising,           1, Akut",   // before rules 2 and 5
      "3, stable,      5, Rule_SevereFrequent,         1, Akut",
      "3, decreasing, 10, Rule_SevereFrequent,         1, Akut",   // before rule 5
      "3, stable,      4, Rule_Severe,                 2, Hög",
      "3, decreasing,  0, Rule_Severe,                 2, Hög",
      "2, increasing,  5, Rule_ModerateRisingFrequent, 2, Hög",
      "2, increasing, 10, Rule_ModerateRisingFrequent, 2, Hög",    // before rule 5
      "2, stable,     10, Rule_VeryFrequent,           2, Hög",    // before rule 7
      "1, decreasing, 10, Rule_VeryFrequent,           2, Hög",
      "2, new,        12, Rule_VeryFrequent,           2, Hög",    // before rule 6
      "2, new,         5, Rule_ModerateRising,         3, Medel",  // rule 4 wants "increasing"
      "2, increasing,  4, Rule_ModerateRising,         3, Medel",
      "2, stable,      9, Rule_Moderate,               3, Medel",
      "2, decreasing,  0, Rule_Moderate,               3, Medel",
      "1, increasing,  9, Rule_Other,                  4, Låg",
      "1, new,         0, Rule_Other,                  4, Låg",
  })
  void prioritisesByTheFirstMatchingRule(int severity, String trend, int frequency, String expectedRule,
      int priority, String priorityLabel, DmnEngine dmnEngine) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
            .putValue("severity", severity)
            .putValue("trend", trend)
            .putValue("frequency", frequency))
        .getSingleResult();

    Assertions.assertThat(result.<Object>getEntry("priority")).isEqualTo(priority);
    Assertions.assertThat(result.<Object>getEntry("priorityLabel")).isEqualTo(priorityLabel);
    String explanation = result.getEntry("explanation");
    Assertions.assertThat(explanation).isNotBlank();
    Assertions.assertThat(ruleByExplanation).as("rule answering with \"%s\"", explanation)
        .containsEntry(explanation, expectedRule);
  }

  @Test
  void everyRuleIsInTheAgreedOrderAndExplainsItselfDifferently() throws IOException {
    DmnModelInstance model = readModel();
    Decision decisionElement = model.getModelElementById("ProblemPriority");
    Assertions.assertThat(decisionElement.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
        .isEqualTo("P400D");
    Assertions.assertThat(((DecisionTable) decisionElement.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    Assertions.assertThat(rules(model)).extracting(Rule::getId).containsExactlyElementsOf(RULES_IN_ORDER);
    // one distinct, non-empty explanation per rule
    Assertions.assertThat(ruleByExplanation).hasSize(RULES_IN_ORDER.size());
    Assertions.assertThat(ruleByExplanation.keySet()).allSatisfy(text -> Assertions.assertThat(text).isNotBlank());
  }

  @Test
  void theTableTestCoversEveryRule() throws NoSuchMethodException {
    CsvSource rows = getClass().getDeclaredMethod("prioritisesByTheFirstMatchingRule", int.class, String.class,
        int.class, String.class, int.class, String.class, DmnEngine.class).getAnnotation(CsvSource.class);
    Set<String> coveredRules = Arrays.stream(rows.value())
        .map(row -> row.split(",")[3].trim())
        .collect(Collectors.toSet());
    Assertions.assertThat(coveredRules).containsExactlyInAnyOrderElementsOf(RULES_IN_ORDER);
  }

  private static List<Rule> rules(DmnModelInstance model) {
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    return table.getRules().stream().toList();
  }

  private static DmnModelInstance readModel() throws IOException {
    try (InputStream dmn = resource()) {
      return Dmn.readModelFromStream(dmn);
    }
  }

  private static InputStream resource() {
    InputStream dmn = ProblemPriorityDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    Assertions.assertThat(dmn).as(RESOURCE).isNotNull();
    return dmn;
  }

  private static String unquote(String text) {
    String trimmed = text.trim();
    return trimmed.startsWith("\"") && trimmed.endsWith("\"") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
  }
}

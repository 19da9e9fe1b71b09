package se.directioncycle.situationreport;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityTenantIdProvider;

/**
 * Ranks one problem with the `ProblemPriority` decision table deployed from `bpmn/`, so that
 * coordinators can read the table and every evaluation (with the rule that fired) in Cockpit.
 */
@Component
class ProblemRanker {

  public static final String DECISION_KEY = "ProblemPriority";

  public record Ranking(int priority, String priorityLabel, String explanation) {}

  private final DecisionService decisionService;

  ProblemRanker(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Ranking rank(String municipality, int severity, String trend, int frequency) {
    DmnDecisionResult result = MunicipalityTenantIdProvider.withDecisionTenant(municipality, () ->
        decisionService.evaluateDecisionByKey(DECISION_KEY)
            .decisionDefinitionWithoutTenantId()
            .variables(Variables.createVariables()
                .putValue("severity", severity)
                .putValue("trend", trend)
                .putValue("frequency", frequency))
            .evaluate());
    DmnDecisionResultEntries entries = result.getSingleResult();
    if (entries == null) {
      throw new IllegalStateException("ProblemPriority matched no rule for severity=" + severity + ", trend=" + trend);
    }
    return new Ranking(((Number) entries.getEntry("priority")).intValue(), entries.getEntry("priorityLabel"),
        entries.getEntry("explanation"));
  }
}

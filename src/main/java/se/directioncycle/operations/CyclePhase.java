package se.directioncycle.operations;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The four phases of the quarterly cycle (docs/domain.md, process 1), told from the activities a cycle is
 * waiting in. When a cycle is in several at once (the next quarter's evaluation can overlap the
 * previous follow-up), the latest phase counts.
 */
public enum CyclePhase {
  SITUATION_REPORT("lagesbild", "Lägesbild", Set.of("ServiceTask_RegisterCycle", "SubProcess_CollectSituationInput",
      "UserTask_SubmitSituationInput", "ServiceTask_SendSubmissionReminder", "ServiceTask_CompileSituationReport",
      "UserTask_ReviewSituationReport")),
  EVALUATION("utvardering", "Utvärdering", Set.of("ServiceTask_LoadPreviousDecision", "UserTask_EvaluateIntervention",
      "ServiceTask_SummarizeEvaluation")),
  DIRECTION("inriktning", "Inriktningsbeslut", Set.of("ServiceTask_PrepareDirectionProposal", "UserTask_ProposeDirection",
      "UserTask_DecideDirection", "ServiceTask_RegisterDecision", "ServiceTask_NotifyResponsibleParties")),
  FOLLOW_UP("uppfoljning", "Uppföljning", Set.of("CallActivity_FollowUpIntervention", "ServiceTask_CloseCycle"));

  private final String label;
  private final String swedishName;
  private final Set<String> activityIds;

  CyclePhase(String label, String swedishName, Set<String> activityIds) {
    this.label = label;
    this.swedishName = swedishName;
    this.activityIds = activityIds;
  }

  public String swedishName() {
    return swedishName;
  }

  /** Metric label: ASCII, stable. */
  public String label() {
    return label;
  }

  public static Optional<CyclePhase> ofSwedishName(String swedishName) {
    return Arrays.stream(values()).filter(phase -> phase.swedishName.equals(swedishName)).findFirst();
  }

  public static Optional<CyclePhase> of(Collection<String> activeActivityIds) {
    return Arrays.stream(values())
        .filter(phase -> activeActivityIds.stream().anyMatch(phase.activityIds::contains))
        .reduce((earlier, later) -> later);
  }
}

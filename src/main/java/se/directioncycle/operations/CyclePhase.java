package se.directioncycle.operations;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four phases of the quarterly cycle (docs/domain.md, process 1). Which element of the model belongs to which
 * phase is said in the model itself, by the extension property {@value #PROPERTY} (the phase's {@link #label()}),
 * and read by {@link CyclePhases}. When a cycle is in several phases at once (the next quarter's evaluation can
 * overlap the previous follow-up), the latest counts: the order of these constants.
 */
public enum CyclePhase {
  SITUATION_REPORT("lagesbild", "Lägesbild"),
  EVALUATION("utvardering", "Utvärdering"),
  DIRECTION("inriktning", "Inriktningsbeslut"),
  FOLLOW_UP("uppfoljning", "Uppföljning");

  /** Name of the Camunda extension property that gives an element's phase. */
  public static final String PROPERTY = "phase";
  /** The process variable that holds a cycle's phase by its Swedish name (kept by the engine plugin PhaseVariable). */
  public static final String VARIABLE = "phase";

  private final String label;
  private final String swedishName;

  CyclePhase(String label, String swedishName) {
    this.label = label;
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }

  /** Metric label and value of the model's extension property: ASCII, stable. */
  public String label() {
    return label;
  }

  public static Optional<CyclePhase> ofSwedishName(String swedishName) {
    return Arrays.stream(values()).filter(phase -> phase.swedishName.equals(swedishName)).findFirst();
  }

  public static Optional<CyclePhase> ofLabel(String label) {
    return Arrays.stream(values()).filter(phase -> phase.label.equals(label)).findFirst();
  }

  /** The later of two phases. */
  public static CyclePhase latest(CyclePhase one, CyclePhase other) {
    return one.compareTo(other) >= 0 ? one : other;
  }
}

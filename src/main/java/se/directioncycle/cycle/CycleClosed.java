package se.directioncycle.cycle;

/** Published in the closing transaction when a quarter closes with its report to the municipal board. */
public record CycleClosed(long cycleId) {

  /** The source key of the quarter's report to the board as a public document (made by `document`). */
  public static String documentKey(long cycleId) {
    return "board_report:" + cycleId;
  }
}

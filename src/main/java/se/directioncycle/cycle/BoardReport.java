package se.directioncycle.cycle;

/**
 * The quarter's report to the municipal board (KS), which the cycle keeps when it closes. What the decided
 * interventions achieved is known to their follow-up (package `intervention`, which depends on this package), so
 * the follow-up writes the report (`intervention.QuarterReportService`) and the cycle only asks for it.
 */
public interface BoardReport {

  /** The report on the quarter of this registered direction decision, for the municipality of this name. */
  String write(long decisionId, String municipalityName);
}

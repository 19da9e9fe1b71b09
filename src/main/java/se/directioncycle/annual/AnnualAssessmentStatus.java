package se.directioncycle.annual;

/** OPEN until the board has approved the action plan, then DECIDED. */
public enum AnnualAssessmentStatus {
  OPEN,
  DECIDED
}

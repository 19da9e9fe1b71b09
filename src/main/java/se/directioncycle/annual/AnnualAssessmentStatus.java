package se.directioncycle.annual;

/** OPEN until the board has approved the action plan, then DECIDED. */
enum AnnualAssessmentStatus {
  OPEN,
  DECIDED
}

package se.directioncycle.situationreport;

public enum SubmissionStatus {
  SUBMITTED, MISSING
}

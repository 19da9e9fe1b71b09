package se.directioncycle.situationreport;

enum SubmissionStatus {
  SUBMITTED, MISSING
}

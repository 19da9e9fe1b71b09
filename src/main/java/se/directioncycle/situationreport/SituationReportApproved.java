package se.directioncycle.situationreport;

/** Published in the approving transaction when the coordinator approves the situation report. */
public record SituationReportApproved(long reportId) {}

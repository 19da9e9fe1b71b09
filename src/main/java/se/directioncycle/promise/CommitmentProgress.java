package se.directioncycle.promise;

/** What the linked interventions of one year add up to for one commitment. */
public record CommitmentProgress(long commitmentId, long progress, int linkedInterventions) {}

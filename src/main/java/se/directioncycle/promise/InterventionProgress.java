package se.directioncycle.promise;

import java.util.Collection;
import java.util.Map;

/**
 * What the quarterly interventions linked to commitments have achieved in a year. The follow-up of interventions
 * answers it (`intervention.FollowUpService`); it depends on this package (as the direction decision does, whose
 * interventions it follows), so this package names the question instead of depending on them.
 */
public interface InterventionProgress {

  /**
   * Per commitment with linked interventions: over the interventions of the year's registered direction decisions
   * that are linked to it, how many there are and the sum of each one's latest reported "done so far" count.
   * Draft decisions do not count; a commitment without linked interventions is absent.
   */
  Map<Long, CommitmentProgress> progressOfCommitments(Collection<Long> commitmentIds, int year);
}

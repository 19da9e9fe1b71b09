package se.directioncycle.situationreport;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

  Optional<Submission> findByCycleIdAndOrganisation(long cycleId, String organisation);

  List<Submission> findByCycleId(long cycleId);

  /** Cycle id and organisation code of each submission that is in, for these cycles. */
  @org.springframework.data.jpa.repository.Query("""
      select s.cycleId, s.organisation from Submission s
      where s.cycleId in :cycleIds and s.status = se.directioncycle.situationreport.SubmissionStatus.SUBMITTED""")
  List<Object[]> findSubmittedOf(@org.springframework.data.repository.query.Param("cycleIds")
      java.util.Collection<Long> cycleIds);
}

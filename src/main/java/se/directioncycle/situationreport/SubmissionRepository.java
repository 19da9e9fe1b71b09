package se.directioncycle.situationreport;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

  Optional<Submission> findByCycleIdAndOrganisation(long cycleId, String organisation);

  List<Submission> findByCycleId(long cycleId);
}

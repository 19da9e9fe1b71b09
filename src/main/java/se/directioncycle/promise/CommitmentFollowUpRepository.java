package se.directioncycle.promise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentFollowUpRepository extends JpaRepository<CommitmentFollowUp, Long> {

  Optional<CommitmentFollowUp> findByCommitmentIdAndYear(long commitmentId, int year);

  List<CommitmentFollowUp> findByCommitmentIdInOrderByYear(Collection<Long> commitmentIds);
}

package se.directioncycle.intervention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

  Optional<FollowUpReport> findByTaskId(String taskId);

  List<FollowUpReport> findByInterventionIdOrderByReportedAtAscIdAsc(long interventionId);
}

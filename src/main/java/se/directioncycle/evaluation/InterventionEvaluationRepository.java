package se.directioncycle.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterventionEvaluationRepository extends JpaRepository<InterventionEvaluation, Long> {

  Optional<InterventionEvaluation> findByInterventionIdAndCycleId(long interventionId, long cycleId);

  List<InterventionEvaluation> findByCycleId(long cycleId);
}

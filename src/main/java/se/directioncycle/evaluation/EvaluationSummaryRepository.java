package se.directioncycle.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationSummaryRepository extends JpaRepository<EvaluationSummary, Long> {

  Optional<EvaluationSummary> findByCycleId(long cycleId);
}

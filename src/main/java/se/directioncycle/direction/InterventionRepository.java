package se.directioncycle.direction;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

  List<Intervention> findByIdIn(Collection<Long> ids);

  List<Intervention> findByDecisionIdOrderByIdAsc(long decisionId);
}

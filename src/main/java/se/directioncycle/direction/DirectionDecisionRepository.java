package se.directioncycle.direction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DirectionDecisionRepository extends JpaRepository<DirectionDecision, Long> {

  List<DirectionDecision> findByMunicipalityInAndMeetingDateIsNotNull(Collection<String> municipalities);

  Optional<DirectionDecision> findByCycleId(long cycleId);

  List<DirectionDecision> findByCycleIdIn(Collection<Long> cycleIds);

  @Query("select d from DirectionDecision d where d.municipality = :municipality and d.status = 'REGISTERED' "
      + "and (d.year * 4 + d.quarter) < :quarterOrdinal order by d.year desc, d.quarter desc")
  List<DirectionDecision> findRegisteredBefore(String municipality, int quarterOrdinal, Limit limit);

  @Query("select count(d) from DirectionDecision d where d.municipality = :municipality and d.status = 'REGISTERED' "
      + "and d.decisionNumber like :prefix")
  long countRegisteredWithNumberPrefix(String municipality, String prefix);
}

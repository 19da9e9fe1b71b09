package se.directioncycle.direction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

  List<Intervention> findByIdIn(Collection<Long> ids);

  /** With its participating organisations, which nearly every reader of one intervention needs: one query. */
  @EntityGraph(attributePaths = "participants")
  Optional<Intervention> findWithParticipantsById(long id);

  List<Intervention> findByDecisionIdOrderByIdAsc(long decisionId);

  @Query("""
      select i from Intervention i, DirectionDecision d where d.id = i.decisionId
      and d.status = se.directioncycle.direction.DecisionStatus.REGISTERED and d.year = :year
      and i.commitmentId in :commitmentIds order by i.id""")
  List<Intervention> findRegisteredInYearLinkedTo(@Param("commitmentIds") Collection<Long> commitmentIds,
      @Param("year") int year);

  @Query("""
      select d.cycleId, i from Intervention i, DirectionDecision d where d.id = i.decisionId
      and d.status = se.directioncycle.direction.DecisionStatus.REGISTERED and d.cycleId in :cycleIds order by i.id""")
  List<Object[]> findRegisteredOfCycles(@Param("cycleIds") Collection<Long> cycleIds);

  @Query("""
      select i from Intervention i, DirectionDecision d where d.id = i.decisionId
      and d.status = se.directioncycle.direction.DecisionStatus.REGISTERED and i.municipality = :municipality
      and i.periodStart <= :on and i.periodEnd >= :on order by i.id""")
  List<Intervention> findRegisteredRunningOn(@Param("municipality") String municipality, @Param("on") LocalDate on);
}

package se.directioncycle.intervention;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

  List<FollowUpReport> findByInterventionIdOrderByReportedAtAscIdAsc(long interventionId);

  /** The latest report (the last one written) of each organisation on each of these interventions. */
  @Query("""
      select r from FollowUpReport r where r.id in
      (select max(l.id) from FollowUpReport l where l.interventionId in :interventionIds
       group by l.interventionId, l.organisation)""")
  List<FollowUpReport> findLatestOn(@Param("interventionIds") Collection<Long> interventionIds);
}

package se.directioncycle.situationreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SituationReportRepository extends JpaRepository<SituationReport, Long> {

  Optional<SituationReport> findByCycleId(long cycleId);

  List<SituationReport> findByCycleIdIn(Collection<Long> cycleIds);

  /** With their indicator totals: one query for a chart of several quarters. */
  @EntityGraph(attributePaths = "indicatorTotals")
  List<SituationReport> findWithIndicatorTotalsByCycleIdIn(Collection<Long> cycleIds);
}

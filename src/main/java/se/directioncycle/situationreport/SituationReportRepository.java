package se.directioncycle.situationreport;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SituationReportRepository extends JpaRepository<SituationReport, Long> {

  Optional<SituationReport> findByCycleId(long cycleId);
}

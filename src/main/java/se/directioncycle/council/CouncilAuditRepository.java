package se.directioncycle.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilAuditRepository extends JpaRepository<CouncilAuditEntry, Long> {

  List<CouncilAuditEntry> findTop500ByOrderByIdDesc();
}

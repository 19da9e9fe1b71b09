package se.directioncycle.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicDocumentRepository extends JpaRepository<PublicDocument, Long> {

  boolean existsBySourceKey(String sourceKey);

  Optional<PublicDocument> findBySourceKey(String sourceKey);

  List<PublicDocument> findByMunicipalityInOrderByIdDesc(Collection<String> municipalities);

  List<PublicDocument> findByCycleIdOrderById(Long cycleId);

  List<PublicDocument> findByPromisePeriodIdOrderById(Long promisePeriodId);
}

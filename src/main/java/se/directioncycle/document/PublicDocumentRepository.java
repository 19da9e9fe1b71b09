package se.directioncycle.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicDocumentRepository extends JpaRepository<PublicDocument, Long> {

  boolean existsBySourceKey(String sourceKey);

  Optional<PublicDocument> findBySourceKey(String sourceKey);

  List<PublicDocument> findByMunicipalityInOrderByIdDesc(Collection<String> municipalities);

  List<PublicDocument> findByCycleIdOrderById(Long cycleId);

  List<PublicDocument> findByPromisePeriodIdOrderById(Long promisePeriodId);

  /** Metadata only: the content column is never selected. */
  @Query("select new se.directioncycle.document.DocumentInfo(d.id, d.municipality, d.cycleId, d.promisePeriodId, d.kind,"
      + " d.sourceKey, d.title, d.createdAt) from PublicDocument d where d.municipality in :municipalities order by d.id")
  List<DocumentInfo> findInfoByMunicipalityIn(Collection<String> municipalities);
}

package se.directioncycle.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentDownloadRepository extends JpaRepository<DocumentDownload, Long> {

  List<DocumentDownload> findByDocumentId(Long documentId);
}

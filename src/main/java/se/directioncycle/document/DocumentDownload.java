package se.directioncycle.document;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who downloaded which public document, and when. */
@Entity
@Table(name = "document_download")
class DocumentDownload {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long documentId;
  private String userId;
  private Instant downloadedAt;

  protected DocumentDownload() {}

  DocumentDownload(Long documentId, String userId, Instant downloadedAt) {
    this.documentId = documentId;
    this.userId = userId;
    this.downloadedAt = downloadedAt;
  }

  public String getUserId() {
    return userId;
  }
}

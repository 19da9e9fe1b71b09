package se.directioncycle.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;

/** A generated public document (allmän handling): written once, never changed, checked on every read. */
@Entity
@Table(name = "public_document")
public class PublicDocument {

  /**
   * The quarterly cycle's four, then the promise period's two (no cycle; {@link #getPromisePeriodId()}), then the annual
   * assessment's decided action plan ({@link #getAnnualAssessmentId()}).
   */
  public enum Kind {
    SITUATION_REPORT, EVALUATION, DIRECTION_DECISION, BOARD_REPORT, CITIZEN_PROMISES, CITIZEN_PROMISE_FEEDBACK,
    ANNUAL_ACTION_PLAN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipality;
  private Long cycleId;
  private Long promisePeriodId;
  private Long annualAssessmentId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String sourceKey;
  private String title;
  private String fileName;
  private byte[] content;
  private String sha256;
  private Instant createdAt;

  protected PublicDocument() {}

  PublicDocument(String municipality, Long cycleId, Kind kind, String sourceKey, String title, String fileName,
      byte[] content, Instant createdAt) {
    this(municipality, cycleId, null, kind, sourceKey, title, fileName, content, createdAt);
  }

  /** Exactly one of `cycleId`, `promisePeriodId` and the annual assessment is set (a check constraint enforces it). */
  PublicDocument(String municipality, Long cycleId, Long promisePeriodId, Kind kind, String sourceKey, String title,
      String fileName, byte[] content, Instant createdAt) {
    this(municipality, cycleId, promisePeriodId, null, kind, sourceKey, title, fileName, content, createdAt);
  }

  /** An annual assessment's document: no cycle, no promise period. */
  static PublicDocument ofAnnualAssessment(String municipality, long annualAssessmentId, Kind kind, String sourceKey,
      String title, String fileName, byte[] content, Instant createdAt) {
    return new PublicDocument(municipality, null, null, annualAssessmentId, kind, sourceKey, title, fileName, content,
        createdAt);
  }

  private PublicDocument(String municipality, Long cycleId, Long promisePeriodId, Long annualAssessmentId, Kind kind,
      String sourceKey, String title, String fileName, byte[] content, Instant createdAt) {
    this.municipality = municipality;
    this.annualAssessmentId = annualAssessmentId;
    this.cycleId = cycleId;
    this.promisePeriodId = promisePeriodId;
    this.kind = kind;
    this.sourceKey = sourceKey;
    this.title = title;
    this.fileName = fileName;
    this.content = content;
    this.sha256 = DigestUtils.sha256Hex(content);
    this.createdAt = createdAt;
  }

  @PreUpdate
  void refuseChanges() {
    throw new IllegalStateException("Public document " + id + " is immutable");
  }

  /** The stored content still has the checksum it was stored with. */
  public boolean isIntact() {
    return DigestUtils.sha256Hex(content).equals(sha256);
  }

  public Long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  /** The quarterly cycle the document belongs to, or null for a promise period's document. */
  public Long getCycleId() {
    return cycleId;
  }

  /** The promise period the document belongs to, or null for a quarterly cycle's document. */
  public Long getPromisePeriodId() {
    return promisePeriodId;
  }

  /** The annual assessment the document belongs to, or null. */
  public Long getAnnualAssessmentId() {
    return annualAssessmentId;
  }

  public Kind getKind() {
    return kind;
  }

  /** What the document was made from, e.g. `situation-report:42`; the link `/documents/<source key>` opens it. */
  public String getSourceKey() {
    return sourceKey;
  }

  public String getTitle() {
    return title;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

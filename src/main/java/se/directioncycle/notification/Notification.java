package se.directioncycle.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50) // ADR 0025
  private Long id;
  private String municipality;
  private String recipientGroup;
  private String kind;
  private String subject;
  private String body;
  private String idempotencyKey;
  private Instant createdAt;
  private Instant expandedAt;
  private String attachmentSourceKey;

  protected Notification() {}

  Notification(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey, Instant createdAt) {
    this.municipality = municipality;
    this.recipientGroup = recipientGroup;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.idempotencyKey = idempotencyKey;
    this.createdAt = createdAt;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  /** A public document to attach to the e-mail, by its source key; null for none. */
  public String getAttachmentSourceKey() {
    return attachmentSourceKey;
  }

  void attach(String sourceKey) {
    this.attachmentSourceKey = sourceKey;
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Its e-mail deliveries have been created (one per member of the recipient group). */
  public void markExpanded(Instant at) {
    this.expandedAt = at;
  }
}

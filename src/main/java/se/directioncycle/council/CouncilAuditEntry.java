package se.directioncycle.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a council's configuration: when, who, what, and a summary before and after (never a password). */
@Entity
@Table(name = "council_audit")
class CouncilAuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Instant changedAt;
  private String changedBy;
  private String action;
  private String subject;
  private String beforeSummary;
  private String afterSummary;

  protected CouncilAuditEntry() {}

  CouncilAuditEntry(Instant changedAt, String changedBy, String action, String subject, String before, String after) {
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.action = action;
    this.subject = subject;
    this.beforeSummary = before;
    this.afterSummary = after;
  }

  Long getId() {
    return id;
  }

  Instant getChangedAt() {
    return changedAt;
  }

  String getChangedBy() {
    return changedBy;
  }

  String getAction() {
    return action;
  }

  String getSubject() {
    return subject;
  }

  String getBeforeSummary() {
    return beforeSummary;
  }

  String getAfterSummary() {
    return afterSummary;
  }
}

package se.directioncycle.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One notification's e-mail to one recipient: pending until SMTP has accepted it, then sent. */
@Entity
@Table(name = "mail_delivery")
class MailDelivery {

  enum Status { PENDING, SENT, NO_ADDRESS }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long notificationId;
  private String recipient;
  private String messageId;
  @Enumerated(EnumType.STRING)
  private Status status;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant claimedUntil;
  private Instant sentAt;
  private String lastError;

  protected MailDelivery() {}

  MailDelivery(Long notificationId, String recipient, String messageId, Instant now) {
    this.notificationId = notificationId;
    this.recipient = recipient;
    this.messageId = messageId;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
  }

  void sent(Instant at) {
    status = Status.SENT;
    sentAt = at;
    attempts++;
    claimedUntil = null;
    lastError = null;
  }

  /** SMTP did not take it: try again later, with a longer wait each time (capped). */
  void failed(Instant at, String error, Duration firstRetry, Duration maxRetry) {
    attempts++;
    Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 10));
    nextAttemptAt = at.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait);
    claimedUntil = null;
    lastError = error.length() > 500 ? error.substring(0, 500) : error;
  }

  void noAddress() {
    status = Status.NO_ADDRESS;
    claimedUntil = null;
  }

  public Long getId() {
    return id;
  }

  public Long getNotificationId() {
    return notificationId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getMessageId() {
    return messageId;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }
}

package se.directioncycle.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.engine.EngineClock;

/** Records a message once: a retried job with the same idempotency key adds nothing. */
@Service
public class Notifications {

  /** Notifications looked up at a time. */
  private static final int CHUNK = 1000;

  /** Notifications expanded in one transaction (the size of {@link NotificationRepository}'s top-N query). */
  public static final int EXPANSION_BATCH = 200;

  private final NotificationRepository repository;

  Notifications(NotificationRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public boolean record(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey) {
    return record(municipality, recipientGroup, kind, subject, body, idempotencyKey, null);
  }

  /** As {@link #record}, with a public document (by its source key) to attach to the e-mail. */
  @Transactional
  public boolean record(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey, String attachmentSourceKey) {
    if (repository.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    save(municipality, recipientGroup, kind, subject, body, idempotencyKey, attachmentSourceKey);
    return true;
  }

  /**
   * As {@link #record}, for a key that cannot have been recorded yet because it names something this transaction has
   * just created (a new task's id): written without looking the key up first. The caller passes each key once.
   */
  @Transactional
  public void recordNew(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey) {
    save(municipality, recipientGroup, kind, subject, body, idempotencyKey, null);
  }

  private void save(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey, String attachmentSourceKey) {
    Notification notification = new Notification(municipality, recipientGroup, kind, subject, body, idempotencyKey,
        EngineClock.now());
    notification.attach(attachmentSourceKey);
    repository.save(notification);
  }

  /**
   * A registered document mailed to several groups, each with the document attached and once per group (the key is
   * {@code kind:owner:group}); the board's copy starts by addressing the municipal board.
   *
   * @param owner what the document belongs to (a cycle's or an assessment's id)
   */
  @Transactional
  public void recordDocumentMail(String municipality, List<String> groups, String boardGroup, String kind,
      String subject, String body, Object owner, String documentKey) {
    for (String group : groups) {
      record(municipality, group, kind, subject, (group.equals(boardGroup) ? "Till kommunstyrelsen: " : "") + body,
          kind + ":" + owner + ":" + group, documentKey);
    }
  }

  /** The municipality of each of these notifications (read in chunks: the databases limit bind parameters). */
  @Transactional(readOnly = true)
  public Map<Long, String> municipalitiesOf(List<Long> notificationIds) {
    Map<Long, String> municipalities = new HashMap<>();
    for (int from = 0; from < notificationIds.size(); from += CHUNK) {
      for (Notification notification : repository.findAllById(
          notificationIds.subList(from, Math.min(notificationIds.size(), from + CHUNK)))) {
        municipalities.put(notification.getId(), notification.getMunicipality());
      }
    }
    return municipalities;
  }

  @Transactional(readOnly = true)
  public Notification get(long notificationId) {
    return repository.findById(notificationId)
        .orElseThrow(() -> new IllegalStateException("No notification " + notificationId));
  }

  /**
   * The oldest notifications (at most {@value #EXPANSION_BATCH}) not yet expanded into deliveries. Only inside the caller's transaction:
   * the caller marks each one {@linkplain Notification#markExpanded expanded}, and that is saved with its deliveries.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Notification> awaitingExpansion() {
    return repository.findTop200ByExpandedAtIsNullOrderByIdAsc();
  }

  /** The messages of one kind recorded for a municipality, oldest first. */
  @Transactional(readOnly = true)
  public List<Notification> recorded(String municipality, String kind) {
    return repository.findByMunicipalityAndKindOrderByIdAsc(municipality, kind);
  }
}

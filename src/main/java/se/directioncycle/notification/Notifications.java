package se.directioncycle.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.system.EngineClock;

/** Records a message once: a retried job with the same idempotency key adds nothing. */
@Service
public class Notifications {

  private final NotificationRepository repository;

  Notifications(NotificationRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public boolean record(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey) {
    if (repository.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    repository.save(new Notification(municipality, recipientGroup, kind, subject, body, idempotencyKey,
        EngineClock.now()));
    return true;
  }
}

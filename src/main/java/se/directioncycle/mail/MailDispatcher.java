package se.directioncycle.mail;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.directioncycle.notification.Notification;
import se.directioncycle.notification.Notifications;
import se.directioncycle.engine.EngineClock;

/**
 * Delivers the notification outbox by e-mail. A notification becomes one delivery per member of its
 * recipient group; each delivery is claimed (so two nodes never send it at once), handed to the sink,
 * and only then marked sent. SMTP trouble leaves it pending for a later attempt; nothing is dropped.
 */
@Component
class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final Notifications notifications;
  private final MailDeliveryRepository deliveries;
  private final IdentityService identityService;
  private final MailSink sink;
  private final MailProperties properties;
  private final TransactionTemplate transaction;
  private final MailAttachments attachments;
  private final se.directioncycle.web.PublicBaseUrl publicBaseUrl;

  MailDispatcher(Notifications notifications, MailDeliveryRepository deliveries,
      IdentityService identityService, MailSink sink, MailProperties properties, TransactionTemplate transaction,
      MailAttachments attachments, se.directioncycle.web.PublicBaseUrl publicBaseUrl) {
    this.attachments = attachments;
    this.publicBaseUrl = publicBaseUrl;
    this.notifications = notifications;
    this.deliveries = deliveries;
    this.identityService = identityService;
    this.sink = sink;
    this.properties = properties;
    this.transaction = transaction;
  }

  @Scheduled(fixedDelayString = "${directioncycle.mail.poll-interval:PT30S}",
      initialDelayString = "${directioncycle.mail.poll-interval:PT30S}")
  public void dispatchOnSchedule() {
    if (properties.dispatchEnabled()) {
      dispatch();
    }
  }

  /** @return the number of mails handed over in this round */
  public int dispatch() {
    // one batch of notifications per transaction, until none waits: a round sends everything due
    while (Boolean.TRUE.equals(transaction.execute(status -> expandNewNotifications()))) {
      LOG.debug("More notifications wait for expansion");
    }
    int sent = 0;
    for (Long id : deliveries.findDueIds(EngineClock.now())) {
      if (claim(id) && deliver(id)) {
        sent++;
      }
    }
    return sent;
  }

  /** @return whether the batch was full, so more may wait */
  private boolean expandNewNotifications() {
    Instant now = EngineClock.now();
    List<Notification> batch = notifications.awaitingExpansion();
    for (Notification notification : batch) {
      for (User member : identityService.createUserQuery().memberOfGroup(notification.getRecipientGroup()).list()) {
        if (!deliveries.existsByNotificationIdAndRecipient(notification.getId(), member.getId())) {
          deliveries.save(new MailDelivery(notification.getId(), member.getId(),
              OutgoingMail.messageIdFor(notification.getIdempotencyKey(), member.getId()), now));
        }
      }
      notification.markExpanded(now);
    }
    return batch.size() == Notifications.EXPANSION_BATCH;
  }

  private boolean claim(Long id) {
    Instant now = EngineClock.now();
    Integer claimed = transaction.execute(status -> deliveries.claim(id, now, now.plus(properties.claimFor())));
    return claimed != null && claimed == 1;
  }

  private boolean deliver(Long id) {
    MailDelivery delivery = deliveries.findById(id).orElseThrow();
    Notification notification = notifications.get(delivery.getNotificationId());
    User user = identityService.createUserQuery().userId(delivery.getRecipient()).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      LOG.info("Delivery {} skipped: recipient has no e-mail address", id);
      save(delivery, MailDelivery::noAddress);
      return false;
    }
    try {
      sink.send(new OutgoingMail(delivery.getMessageId(), properties.from(), user.getEmail(),
          notification.getSubject(), text(notification), Date.from(notification.getCreatedAt()),
          attachments.of(notification.getAttachmentSourceKey())));
    } catch (Exception e) {
      LOG.warn("Delivery {} not handed to {}; will retry: {}", id, sink.describe(), e.getClass().getSimpleName());
      save(delivery, d -> d.failed(EngineClock.now(), e.getClass().getName() + ": " + e.getMessage(),
          properties.firstRetry(), properties.maxRetry()));
      return false;
    }
    // Killed here, the delivery is sent again later with the same Message-ID (see OutgoingMail).
    save(delivery, d -> d.sent(EngineClock.now()));
    return true;
  }

  private String text(Notification notification) {
    return notification.getBody() + "\n\nÖppna Tasklist: " + tasklistUrl()
        + "\n\n– Inriktningscykeln. Det här meddelandet skickas automatiskt; svara inte på det.";
  }

  private String tasklistUrl() {
    return properties.tasklistUrl() == null || properties.tasklistUrl().isBlank()
        ? publicBaseUrl.link("/camunda/app/tasklist/") : properties.tasklistUrl();
  }

  private void save(MailDelivery delivery, java.util.function.Consumer<MailDelivery> change) {
    transaction.executeWithoutResult(status -> {
      MailDelivery fresh = deliveries.findById(delivery.getId()).orElseThrow();
      change.accept(fresh);
      deliveries.save(fresh);
    });
  }

  List<MailDelivery> deliveriesOf(Long notificationId) {
    return deliveries.findByNotificationIdOrderByRecipient(notificationId);
  }
}

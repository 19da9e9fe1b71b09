package se.directioncycle.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.notification.Notification;
import se.directioncycle.notification.NotificationRepository;

/** How many e-mails are not yet handed to SMTP (waiting or retrying), per municipality of their notification. */
@Service
public class PendingMail {

  /** Notifications looked up at a time (bind-parameter limits of the databases). */
  private static final int CHUNK = 1000;

  private final MailDeliveryRepository deliveries;
  private final NotificationRepository notifications;

  PendingMail(MailDeliveryRepository deliveries, NotificationRepository notifications) {
    this.deliveries = deliveries;
    this.notifications = notifications;
  }

  /** Municipality id → pending e-mails; a notification without a municipality counts under null. */
  @Transactional(readOnly = true)
  public Map<String, Long> byMunicipality() {
    Map<Long, Long> perNotification = new HashMap<>();
    for (Object[] row : deliveries.countPendingByNotification()) {
      perNotification.put((Long) row[0], ((Number) row[1]).longValue());
    }
    Map<String, Long> counts = new HashMap<>();
    List<Long> ids = new ArrayList<>(perNotification.keySet());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      for (Notification notification : notifications.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
        counts.merge(notification.getMunicipality(), perNotification.get(notification.getId()), Long::sum);
      }
    }
    return counts;
  }
}

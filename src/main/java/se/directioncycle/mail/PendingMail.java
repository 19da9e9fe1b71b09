package se.directioncycle.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.notification.Notifications;

/** How many e-mails are not yet handed to SMTP (waiting or retrying), per municipality of their notification. */
@Service
public class PendingMail {

  private final MailDeliveryRepository deliveries;
  private final Notifications notifications;

  PendingMail(MailDeliveryRepository deliveries, Notifications notifications) {
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
    notifications.municipalitiesOf(new ArrayList<>(perNotification.keySet()))
        .forEach((id, municipality) -> counts.merge(municipality, perNotification.get(id), Long::sum));
    return counts;
  }
}

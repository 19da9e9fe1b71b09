package se.directioncycle.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByIdempotencyKey(String idempotencyKey);

  List<Notification> findByMunicipalityAndKindOrderByIdAsc(String municipality, String kind);

  List<Notification> findTop200ByExpandedAtIsNullOrderByIdAsc();
}

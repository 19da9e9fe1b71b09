package se.directioncycle.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  /** Which of these idempotency keys are recorded. */
  @Query("select n.idempotencyKey from Notification n where n.idempotencyKey in :keys")
  List<String> findRecordedKeys(@Param("keys") Collection<String> keys);

  List<Notification> findByMunicipalityAndKindOrderByIdAsc(String municipality, String kind);

  List<Notification> findTop200ByExpandedAtIsNullOrderByIdAsc();
}

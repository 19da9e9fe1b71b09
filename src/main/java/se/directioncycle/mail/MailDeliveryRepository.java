package se.directioncycle.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailDeliveryRepository extends JpaRepository<MailDelivery, Long> {

  @Query("""
      select d.id from MailDelivery d where d.status = se.directioncycle.mail.MailDelivery.Status.PENDING
      and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now) order by d.id""")
  List<Long> findDueIds(@Param("now") Instant now);

  /** Takes a delivery for this node until `until`; 0 when another node has it. */
  @Modifying
  @Query("""
      update MailDelivery d set d.claimedUntil = :until where d.id = :id
      and d.status = se.directioncycle.mail.MailDelivery.Status.PENDING
      and (d.claimedUntil is null or d.claimedUntil < :now)""")
  int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

  /** Pending deliveries per notification: rows of (notification id, count). */
  @Query("""
      select d.notificationId, count(d) from MailDelivery d
      where d.status = se.directioncycle.mail.MailDelivery.Status.PENDING group by d.notificationId""")
  List<Object[]> countPendingByNotification();

  List<MailDelivery> findByNotificationIdOrderByRecipient(Long notificationId);

  boolean existsByNotificationIdAndRecipient(Long notificationId, String recipient);
}

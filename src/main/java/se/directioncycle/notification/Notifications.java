package se.directioncycle.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

  /** A message to one group; its idempotency key makes it count once. */
  public record Message(String recipientGroup, String subject, String body, String idempotencyKey,
      String attachmentSourceKey) {

    /** A message without an attachment. */
    public Message(String recipientGroup, String subject, String body, String idempotencyKey) {
      this(recipientGroup, subject, body, idempotencyKey, null);
    }
  }

  @Transactional
  public boolean record(String municipality, String recipientGroup, String kind, String subject, String body,
      String idempotencyKey) {
    return recordEach(municipality, kind, List.of(new Message(recipientGroup, subject, body, idempotencyKey))) == 1;
  }

  /**
   * Records each message whose key is not recorded yet (nor earlier in the list), looking all the keys up in one
   * query: a delegate that tells several groups asks once, not once per group.
   *
   * @return how many were recorded
   */
  @Transactional
  public int recordEach(String municipality, String kind, List<Message> messages) {
    Set<String> seen = recordedKeys(messages.stream().map(Message::idempotencyKey).toList());
    int recorded = 0;
    for (Message message : messages) {
      if (seen.add(message.idempotencyKey())) {
        save(municipality, message.recipientGroup(), kind, message.subject(), message.body(),
            message.idempotencyKey(), message.attachmentSourceKey());
        recorded++;
      }
    }
    return recorded;
  }

  private Set<String> recordedKeys(List<String> keys) {
    return new HashSet<>(inChunks(keys, repository::findRecordedKeys));
  }

  /** A query's results over all these values, asked in chunks: the databases limit bind parameters. */
  private static <T, R> List<R> inChunks(List<T> values, Function<List<T>, ? extends Iterable<R>> query) {
    List<R> results = new ArrayList<>();
    for (int from = 0; from < values.size(); from += CHUNK) {
      query.apply(values.subList(from, Math.min(values.size(), from + CHUNK))).forEach(results::add);
    }
    return results;
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
    recordEach(municipality, kind, groups.stream().map(group -> new Message(group, subject,
        (group.equals(boardGroup) ? "Till kommunstyrelsen: " : "") + body, kind + ":" + owner + ":" + group,
        documentKey)).toList());
  }

  /** The municipality of each of these notifications (read in chunks: the databases limit bind parameters). */
  @Transactional(readOnly = true)
  public Map<Long, String> municipalitiesOf(List<Long> notificationIds) {
    Map<Long, String> municipalities = new HashMap<>();
    for (Notification notification : inChunks(notificationIds, repository::findAllById)) {
      municipalities.put(notification.getId(), notification.getMunicipality());
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

  /**
   * The messages of one kind recorded for a municipality, by id: oldest first as one node wrote them (nodes take ids
   * in blocks of their own, ADR 0025).
   */
  @Transactional(readOnly = true)
  public List<Notification> recorded(String municipality, String kind) {
    return repository.findByMunicipalityAndKindOrderByIdAsc(municipality, kind);
  }
}

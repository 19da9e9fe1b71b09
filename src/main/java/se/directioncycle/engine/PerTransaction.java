package se.directioncycle.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers looked up once per transaction. One engine command often asks the same question many times (the seven
 * member tasks a situation report creates together each want the municipality's problem categories); the first
 * answer then stands for the rest of the transaction, which so also works on one consistent view. Outside a
 * transaction every call looks up again. A writer that changes what is remembered calls {@link #forget} in the
 * same transaction.
 */
public final class PerTransaction {

  private PerTransaction() {}

  /** The owner's answer for {@code key} in this transaction, looked up the first time it is asked for. */
  @SuppressWarnings("unchecked")
  public static <T> T remember(Object owner, Object key, Supplier<T> lookUp) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return lookUp.get();
    }
    Answers answers = current(owner);
    if (answers == null) {
      // none yet, or left over from a transaction that ended without running our synchronization (one registered
      // while that transaction was completing): start afresh
      TransactionSynchronizationManager.unbindResourceIfPossible(owner);
      answers = new Answers(owner);
      TransactionSynchronizationManager.bindResource(owner, answers);
      TransactionSynchronizationManager.registerSynchronization(answers);
    }
    if (answers.byKey.containsKey(key)) {
      return (T) answers.byKey.get(key);
    }
    T answer = lookUp.get();
    answers.byKey.put(key, answer);
    return answer;
  }

  /** Drops what the owner remembers in this transaction: its next question looks up again. */
  public static void forget(Object owner) {
    if (TransactionSynchronizationManager.getResource(owner) instanceof Answers answers) {
      answers.byKey.clear();
    }
  }

  /** The owner's answers bound to this thread, if they belong to the running transaction. */
  private static Answers current(Object owner) {
    return TransactionSynchronizationManager.getResource(owner) instanceof Answers answers
        && TransactionSynchronizationManager.getSynchronizations().contains(answers) ? answers : null;
  }

  /** One owner's answers in one transaction; unbound when the transaction completes. */
  private static final class Answers implements TransactionSynchronization {

    private final Object owner;
    private final Map<Object, Object> byKey = new HashMap<>();

    Answers(Object owner) {
      this.owner = owner;
    }

    @Override
    public void afterCompletion(int status) {
      if (TransactionSynchronizationManager.getResource(owner) == this) {
        TransactionSynchronizationManager.unbindResource(owner);
      }
    }
  }
}

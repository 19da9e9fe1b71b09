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
    Map<Object, Object> answers = (Map<Object, Object>) TransactionSynchronizationManager.getResource(owner);
    if (answers == null) {
      answers = new HashMap<>();
      TransactionSynchronizationManager.bindResource(owner, answers);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
      });
    }
    if (answers.containsKey(key)) {
      return (T) answers.get(key);
    }
    T answer = lookUp.get();
    answers.put(key, answer);
    return answer;
  }

  /** Drops what the owner remembers in this transaction: its next question looks up again. */
  public static void forget(Object owner) {
    Object answers = TransactionSynchronizationManager.getResource(owner);
    if (answers instanceof Map<?, ?> map) {
      map.clear();
    }
  }
}

package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class PerTransactionTest {

  private final Object owner = new Object();
  private final AtomicInteger lookUps = new AtomicInteger();

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
  }

  @Test
  void outsideATransactionEveryQuestionLooksUpAgain() {
    assertThat(ask("a")).isEqualTo("a1");
    assertThat(ask("a")).isEqualTo("a2");
  }

  @Test
  void insideATransactionTheFirstAnswerPerKeyStandsUntilItEnds() {
    TransactionSynchronizationManager.initSynchronization();

    assertThat(ask("a")).isEqualTo("a1");
    assertThat(ask("a")).isEqualTo("a1");
    assertThat(ask("b")).isEqualTo("b2");
    assertThat(PerTransaction.<String>remember(new Object(), "a", () -> "another owner's")).isEqualTo("another owner's");

    TransactionSynchronizationManager.getSynchronizations().forEach(
        sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    TransactionSynchronizationManager.clearSynchronization();
    TransactionSynchronizationManager.initSynchronization();
    assertThat(ask("a")).as("the next transaction").isEqualTo("a3");
  }

  @Test
  void forgettingMakesTheNextQuestionLookUpAgainInTheSameTransaction() {
    TransactionSynchronizationManager.initSynchronization();
    assertThat(ask("a")).isEqualTo("a1");

    PerTransaction.forget(owner);

    assertThat(ask("a")).isEqualTo("a2");
    assertThat(ask("a")).isEqualTo("a2");
  }

  @Test
  void answersLeftBoundByATransactionWhoseEndWasNotSeenAreNotUsedByTheNext() {
    TransactionSynchronizationManager.initSynchronization();
    assertThat(ask("a")).isEqualTo("a1");
    // the transaction ends without our synchronization running (as one registered while it was completing)
    TransactionSynchronizationManager.clearSynchronization();
    assertThat(TransactionSynchronizationManager.hasResource(owner)).isTrue();

    TransactionSynchronizationManager.initSynchronization();
    assertThat(ask("a")).isEqualTo("a2");
    assertThat(ask("a")).isEqualTo("a2");
  }

  @Test
  void aNullAnswerIsRememberedToo() {
    TransactionSynchronizationManager.initSynchronization();
    assertThat(PerTransaction.<String>remember(owner, "none", () -> {
      lookUps.incrementAndGet();
      return null;
    })).isNull();
    assertThat(PerTransaction.<String>remember(owner, "none", () -> "looked up again")).isNull();
    assertThat(lookUps).hasValue(1);
  }

  private String ask(String key) {
    return PerTransaction.remember(owner, key, () -> key + lookUps.incrementAndGet());
  }
}

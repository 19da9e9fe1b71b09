package se.directioncycle.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A reminder must come before its task's due date, so it must be shorter than every period. */
class AnnualAssessmentPropertiesTest {

  @Test
  void aReminderNotShorterThanEveryPeriodIsRefused() {
    assertThat(new AnnualAssessmentProperties(Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(60),
        Duration.ofDays(7)).reminderBeforeDeadline()).isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> new AnnualAssessmentProperties(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(60),
        Duration.ofDays(7))).hasMessageContaining("reminder-before-deadline must be shorter");
    assertThatThrownBy(() -> new AnnualAssessmentProperties(Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(60),
        Duration.ofDays(-1))).hasMessageContaining("reminder-before-deadline must be shorter");
  }
}

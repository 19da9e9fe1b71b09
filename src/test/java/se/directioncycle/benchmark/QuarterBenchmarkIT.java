package se.directioncycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark in small (3 synthetic municipalities, one year) on its own in-memory databases: every
 * cycle completes and closes, and every figure the benchmark prints is really counted. Times are printed,
 * never asserted.
 */
@Tag("own-jvm") // starts applications of its own; see the failsafe executions in pom.xml
class QuarterBenchmarkIT {

  @Test
  void threeMunicipalitiesRunAYearOfCompleteCycles() {
    QuarterBenchmark.Result result = QuarterBenchmark.run(3, 1,
        "jdbc:h2:mem:benchmark-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "jdbc:h2:mem:benchmark-baseline-it;DB_CLOSE_DELAY=-1");
    System.out.println(result.report());

    assertThat(result.cyclesOpened()).isEqualTo(12);
    assertThat(result.cyclesClosed()).as("every cycle closed").isEqualTo(12);
    assertThat(result.cyclesFinishedInHistory()).isEqualTo(12);
    assertThat(result.runningInstancesLeft()).as("no cycle or follow-up left running").isZero();
    assertThat(result.users()).as("admin plus 11 synthetic members per municipality").isEqualTo(1 + 3 * 11);
    // per cycle: 7 submissions, review, proposal and decision, and at least one status report per intervention;
    // evaluations of the previous quarter's 2 interventions from the second quarter on
    assertThat(result.userTasksCompleted()).isGreaterThanOrEqualTo(12 * (7 + 3 + 2) + 9 * 2);
    assertThat(result.activities()).isGreaterThan(result.userTasksCompleted());
    assertThat(result.jobsExecuted()).isPositive();
    assertThat(result.statements()).isPositive();
    assertThat(result.historyRows()).isGreaterThan(result.activities());
    assertThat(result.peakHeapBytes()).isPositive();
    assertThat(result.quarterSeconds()).hasSize(4);
    assertThat(result.baseline().instances()).isEqualTo(12);
    assertThat(result.baseline().activities()).as("baseline ran the same number of activities")
        .isEqualTo(result.activities());
    assertThat(result.baseline().statements()).isPositive();
  }
}

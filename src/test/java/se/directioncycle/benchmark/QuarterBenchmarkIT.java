package se.directioncycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark in small (2 synthetic municipalities, two quarters) on its own in-memory databases: every
 * cycle completes and closes, and every figure the benchmark prints is really counted. Two quarters are the
 * least that run every path of a year (the second quarter evaluates the first one's interventions, and each
 * quarter's follow-ups run to its end). Times are printed, never asserted. The full benchmark: README, Benchmark.
 */
@Tag("own-jvm") // starts applications of its own; see the failsafe executions in pom.xml
class QuarterBenchmarkIT {

  private static final int MUNICIPALITIES = 2;
  private static final int QUARTERS = 2;
  private static final int CYCLES = MUNICIPALITIES * QUARTERS;

  @Test
  void twoMunicipalitiesRunTwoQuartersOfCompleteCycles() {
    QuarterBenchmark.Result result = QuarterBenchmark.runQuarters(MUNICIPALITIES, QUARTERS, 1,
        "jdbc:h2:mem:benchmark-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "jdbc:h2:mem:benchmark-baseline-it;DB_CLOSE_DELAY=-1");
    System.out.println(result.report());

    assertThat(result.cyclesOpened()).isEqualTo(CYCLES);
    assertThat(result.cyclesClosed()).as("every cycle closed").isEqualTo(CYCLES);
    assertThat(result.cyclesFinishedInHistory()).isEqualTo(CYCLES);
    assertThat(result.runningInstancesLeft()).as("no cycle or follow-up left running").isZero();
    assertThat(result.users()).as("admin plus 11 synthetic members per municipality").isEqualTo(1 + MUNICIPALITIES * 11);
    // per cycle: 7 submissions, review, proposal and decision, and at least one status report per intervention;
    // evaluations of the previous quarter's 2 interventions from the second quarter on
    assertThat(result.userTasksCompleted())
        .isGreaterThanOrEqualTo(CYCLES * (7 + 3 + 2) + (QUARTERS - 1) * MUNICIPALITIES * 2);
    assertThat(result.activities()).isGreaterThan(result.userTasksCompleted());
    assertThat(result.jobsExecuted()).isPositive();
    assertThat(result.statements()).isPositive();
    assertThat(result.historyRows()).isGreaterThan(result.activities());
    assertThat(result.peakHeapBytes()).isPositive();
    assertThat(result.quarterSeconds()).hasSize(QUARTERS);
    assertThat(result.baseline().instances()).isEqualTo(CYCLES);
    assertThat(result.baseline().activities()).as("baseline ran the same number of activities")
        .isEqualTo(result.activities());
    assertThat(result.baseline().statements()).isPositive();
    // every completed task and every job is a transaction that wrote, on both sides
    assertThat(result.writingCommits()).isGreaterThanOrEqualTo(result.userTasksCompleted() + result.jobsExecuted());
    assertThat(result.baseline().writingCommits())
        .isGreaterThanOrEqualTo(result.baseline().userTasks() + result.baseline().jobs());
    // a transaction that wrote wrote at least one row; batches make the rows outnumber the statements that wrote
    assertThat(result.rowsWritten()).isGreaterThan(result.writingCommits());
    assertThat(result.baseline().rowsWritten()).isGreaterThan(result.baseline().writingCommits());
    // statement counts are deterministic on one thread: a change that adds work per cycle fails here. The target is
    // 1.3 times the bare engine (docs/performance.md); this bound is where the product stands now, not the goal
    // (1.56 when it was lowered from 1.65 to 1.6; 1.58 from 1.7 to 1.65; 1.66 from 1.8 to 1.7; 1.74 from 1.85 to
    // 1.8; 1.78 from 1.95 to 1.85; 1.88 from 2.1 to 1.95; 2.04 from 2.2 to 2.1)
    double ratio = (double) result.statements() / result.baseline().statements();
    assertThat(ratio).as("SQL statements per cycle against the bare engine doing the same activities")
        .isLessThan(1.6);
  }
}

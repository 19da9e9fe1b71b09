package se.directioncycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The benchmark in small (2 synthetic municipalities, two quarters) on its own in-memory databases: every
 * cycle completes and closes, and every figure the benchmark prints is really counted. Two quarters are the
 * least that run every path of a year (the second quarter evaluates the first one's interventions, and each
 * quarter's follow-ups run to its end). Times are printed, never asserted. The full benchmark: README, Benchmark.
 *
 * <p>The benchmark starts an application with an engine, a clock and webapp hooks of its own, so it runs in a JVM
 * of its own ({@link QuarterBenchmark#main}), started here; this class only waits for it and checks its result,
 * and so runs beside the shared-context tests (see the failsafe executions in pom.xml). Its output:
 * target/benchmark-it/.
 */
@Tag("child-jvm")
@Execution(ExecutionMode.CONCURRENT)
class QuarterBenchmarkIT {

  private static final Path DIR = Path.of("target", "benchmark-it");
  private static final int MUNICIPALITIES = 2;
  private static final int QUARTERS = 2;
  private static final int CYCLES = MUNICIPALITIES * QUARTERS;

  @Test
  void twoMunicipalitiesRunTwoQuartersOfCompleteCycles() throws Exception {
    QuarterBenchmark.Result result = runInAJvmOfItsOwn();

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
  }

  private static QuarterBenchmark.Result runInAJvmOfItsOwn() throws Exception {
    Files.createDirectories(DIR);
    Files.deleteIfExists(DIR.resolve("result.json"));
    Path log = DIR.resolve("benchmark.log");
    Process benchmark = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", // small and quick to start beside the other tests
        "-cp", System.getProperty("java.class.path"), QuarterBenchmark.class.getName(),
        String.valueOf(MUNICIPALITIES), String.valueOf(QUARTERS),
        "jdbc:h2:mem:benchmark-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "jdbc:h2:mem:benchmark-baseline-it;DB_CLOSE_DELAY=-1", DIR.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(benchmark.waitFor(10, TimeUnit.MINUTES)).as("the benchmark ended; see %s", log).isTrue();
    } finally {
      benchmark.destroyForcibly();
    }
    assertThat(benchmark.exitValue()).as("the benchmark's exit code; see %s", log).isZero();
    System.out.println(Files.readString(DIR.resolve("report.txt")));
    return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .readValue(DIR.resolve("result.json").toFile(), QuarterBenchmark.Result.class);
  }
}

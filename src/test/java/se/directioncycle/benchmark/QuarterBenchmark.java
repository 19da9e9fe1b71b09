package se.directioncycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.directioncycle.DirectionCycleApplication;
import se.directioncycle.benchmark.BenchmarkFigures.QuarterSample;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.cycle.CycleStarter;
import se.directioncycle.cycle.CycleStatus;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.TestPostgres;

/**
 * The ten-year benchmark (issue 5): N synthetic municipalities run Y years of complete quarterly cycles.
 * Every user task is completed by a synthetic member through the path Tasklist's REST calls take
 * ({@code FormService.submitTaskForm} under {@code IdentityService.setAuthentication}), so form validation
 * and task listeners run; the engine clock is moved and due jobs are executed by {@link EngineDriver}.
 * A bare Camunda engine then runs a synthetic process with the same number of activities.
 *
 * <p>Not part of the default build (the name matches no test pattern). Run it with
 * {@code ./mvnw -B -Pbenchmark verify -Dbenchmark.municipalities=290 -Dbenchmark.years=10};
 * {@link QuarterBenchmarkIT} runs a small version in the default build and checks the counts.
 */
public class QuarterBenchmark {

  /** The production URL flags of application.yml; {@code -Dbenchmark.h2-flags=…} tries others. */
  static final String H2_FLAGS =
      "WRITE_DELAY=0;RETENTION_TIME=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;COMPRESS=TRUE";
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final int FIRST_YEAR = 2031;
  /** A cycle opens this long before its quarter starts; follow-up steps are this far apart. */
  static final Duration LEAD = Duration.ofDays(30);
  static final Duration STEP = Duration.ofDays(15);
  /** Interventions decided each quarter: responsible organisation and the member who reports on it. */
  static final Map<Organisation, String> INTERVENTIONS = Map.of(Organisation.POLICE, "kommunpolis",
      Organisation.HOUSING, "bostad");
  static final List<String> MEMBERS = List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst",
      "bostad", "sakerhet");

  @Test
  void run() throws IOException {
    int municipalities = Integer.getInteger("benchmark.municipalities", 29);
    int years = Integer.getInteger("benchmark.years", 1);
    String database = System.getProperty("benchmark.database", "h2");
    Path dir = Path.of("target", "benchmark");
    deleteDatabaseFiles(dir);
    Result result;
    if ("postgres".equals(database)) {
      // an embedded PostgreSQL 17 server (as in PostgresIT): one database for the application, one for the baseline
      try (EmbeddedPostgres postgres = TestPostgres.start()) {
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
          connection.createStatement().execute("create database baseline owner " + TestPostgres.USER);
        }
        result = run(municipalities, years, TestPostgres.jdbcUrl(postgres),
            postgres.getJdbcUrl(TestPostgres.USER, "baseline"));
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    } else {
      String flags = System.getProperty("benchmark.h2-flags", H2_FLAGS);
      result = run(municipalities, years, "jdbc:h2:file:./target/benchmark/direction-cycle;" + flags,
          "jdbc:h2:file:./target/benchmark/baseline;" + flags);
    }
    String report = result.report();
    BenchmarkFigures.write(dir, "quarters-" + database + "-" + municipalities + "x" + years, result.samples(),
        (double) result.baseline().statements() / result.baseline().instances());
    if (!"postgres".equals(database)) {
      report += h2FileSizes(dir.resolve("direction-cycle.mv.db"));
    }
    System.out.println(report);
    Files.writeString(dir.resolve("report-" + database + "-" + municipalities + "x" + years + ".txt"), report);
  }

  /** The H2 file on disk after the run against its live data (a copy after SHUTDOWN COMPACT). */
  private static String h2FileSizes(Path file) throws IOException {
    long onDisk = Files.size(file);
    long live = StorageProbe.compactedSize(file);
    return String.format("H2 file: %.1f MB on disk, %.1f MB live (after SHUTDOWN COMPACT of a copy), ratio %.2f%n",
        onDisk / 1e6, live / 1e6, (double) onDisk / live);
  }

  private static void deleteDatabaseFiles(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".db")).toList()) {
        Files.delete(file);
      }
    }
  }

  /** What one run measured; {@link #report()} prints it. */
  public record Result(String database, int municipalities, int quarters, int threads, double startupSeconds,
      long users, int cyclesOpened, long cyclesClosed, long cyclesFinishedInHistory, long runningInstancesLeft,
      double cycleSeconds, double cpuSeconds, long activities, long userTasksCompleted, long jobsExecuted,
      long statements, long writingCommits, long rowsWritten, long historyRows, long peakHeapBytes,
      List<QuarterSample> samples,
      double taskQueryMillisSmall, double taskQueryMillisLarge, int taskQueryCyclesSmall, int taskQueryCyclesLarge,
      long vacuumedBytesBefore, long vacuumedBytes, String statementProfile, Baseline.Result baseline) {

    public List<Double> quarterSeconds() {
      return samples.stream().map(QuarterSample::seconds).toList();
    }

    Result withDatabase(String name) {
      return new Result(name, municipalities, quarters, threads, startupSeconds, users, cyclesOpened, cyclesClosed,
          cyclesFinishedInHistory, runningInstancesLeft, cycleSeconds, cpuSeconds, activities, userTasksCompleted,
          jobsExecuted, statements, writingCommits, rowsWritten, historyRows, peakHeapBytes, samples,
          taskQueryMillisSmall, taskQueryMillisLarge,
          taskQueryCyclesSmall, taskQueryCyclesLarge, vacuumedBytesBefore, vacuumedBytes, statementProfile, baseline);
    }

    Result withBaseline(Baseline.Result measured) {
      return new Result(database, municipalities, quarters, threads, startupSeconds, users, cyclesOpened, cyclesClosed,
          cyclesFinishedInHistory, runningInstancesLeft, cycleSeconds, cpuSeconds, activities, userTasksCompleted,
          jobsExecuted, statements, writingCommits, rowsWritten, historyRows, peakHeapBytes, samples,
          taskQueryMillisSmall, taskQueryMillisLarge,
          taskQueryCyclesSmall, taskQueryCyclesLarge, vacuumedBytesBefore, vacuumedBytes, statementProfile, measured);
    }

    public double cyclesPerSecond() {
      return cyclesOpened / cycleSeconds;
    }

    public double activitiesPerSecond() {
      return activities / cycleSeconds;
    }

    /** Cycles per second over the first (or last) quarters that together hold about 1,000 cycles. */
    public double rateOfQuarters(boolean last) {
      int window = windowQuarters();
      List<Double> quarterSeconds = quarterSeconds();
      List<Double> slice = last ? quarterSeconds.subList(quarterSeconds.size() - window, quarterSeconds.size())
          : quarterSeconds.subList(0, window);
      return window * municipalities / slice.stream().mapToDouble(Double::doubleValue).sum();
    }

    int windowQuarters() {
      return Math.max(1, Math.min(samples.size() / 2, Math.round(1000f / municipalities)));
    }

    public String report() {
      double perCycle = 1.0 / cyclesOpened;
      int window = windowQuarters();
      StringBuilder out = new StringBuilder();
      out.append(String.format("%n=== Quarter benchmark: %d municipalities x %s (%s) ===%n", municipalities,
          quarters % 4 == 0 ? quarters / 4 + " years" : quarters + " quarters", database));
      out.append(threads > 1 ? String.format("%d municipalities at a time, jobs run by the job executor; the bare engine"
          + " the same%n", threads) : String.format("one municipality at a time, jobs run one by one by the benchmark;"
          + " the bare engine the same%n"));
      out.append(String.format("application start incl. seeding (%d users): %.1f s%n", users, startupSeconds));
      out.append(String.format("cycles: %d opened, %d closed, %d finished in history, %d instances left running%n",
          cyclesOpened, cyclesClosed, cyclesFinishedInHistory, runningInstancesLeft));
      out.append(String.format("cycle run: %.1f s; the JVM's CPU time meanwhile %.1f s (%.2f of %d cores busy)%n",
          cycleSeconds, cpuSeconds, cpuSeconds / cycleSeconds, Runtime.getRuntime().availableProcessors()));
      out.append(String.format("cycles/s: %.2f%n", cyclesPerSecond()));
      out.append(String.format("activities/s: %.1f (%d activity instances, %.1f per cycle)%n",
          activitiesPerSecond(), activities, activities * perCycle));
      out.append(String.format("user tasks completed: %d (%.1f per cycle); jobs executed: %d (%.1f per cycle)%n",
          userTasksCompleted, userTasksCompleted * perCycle, jobsExecuted, jobsExecuted * perCycle));
      out.append(String.format("SQL statements per cycle: %.0f (%d in all)%n", statements * perCycle, statements));
      out.append(String.format("transactions that wrote, per cycle: %.1f (bare engine %.1f)%n", writingCommits * perCycle,
          (double) baseline.writingCommits() / baseline.instances()));
      out.append(String.format("rows written per cycle (each row of a batch counted): %.0f (bare engine %.0f)%n",
          rowsWritten * perCycle, (double) baseline.rowsWritten() / baseline.instances()));
      out.append(String.format("history rows per cycle: %.0f (%d in ACT_HI_*)%n", historyRows * perCycle, historyRows));
      out.append(String.format("peak heap: %d MB (sum of heap pool peaks; max heap %d MB)%n",
          peakHeapBytes >> 20, Runtime.getRuntime().maxMemory() >> 20));
      out.append(String.format("first %d cycles: %.2f cycles/s; last %d cycles: %.2f cycles/s; last/first %.2f%n",
          window * municipalities, rateOfQuarters(false), window * municipalities, rateOfQuarters(true),
          rateOfQuarters(true) / rateOfQuarters(false)));
      out.append(String.format("task query (my organisation's tasks): %.2f ms after %d cycles, %.2f ms after %d cycles"
          + " (%.1fx data); ratio %.2f%n", taskQueryMillisSmall, taskQueryCyclesSmall, taskQueryMillisLarge,
          taskQueryCyclesLarge, (double) taskQueryCyclesLarge / taskQueryCyclesSmall,
          taskQueryMillisLarge / taskQueryMillisSmall));
      out.append(String.format("bare-engine baseline: %d instances, %d activity instances (%d user tasks, %d jobs),"
          + " %.1f s (CPU %.1f s), %.1f activities/s, %.0f SQL statements per cycle%n", baseline.instances(),
          baseline.activities(), baseline.userTasks(), baseline.jobs(), baseline.seconds(), baseline.cpuSeconds(),
          baseline.activities() / baseline.seconds(), (double) baseline.statements() / baseline.instances()));
      out.append(String.format("app/baseline time for the same number of activities: %.2f%n",
          cycleSeconds / baseline.seconds()));
      samples.stream().filter(s -> s.liveBytes() > 0).max(java.util.Comparator.comparingDouble(
          s -> (double) s.onDiskBytes() / s.liveBytes())).ifPresent(worst -> out.append(String.format(
          "database at quarter ends: largest on-disk/live ratio %.2f (%s: %.1f MB on disk, %.1f MB live); last %.1f MB"
              + " on disk, %.1f MB live%n", (double) worst.onDiskBytes() / worst.liveBytes(), worst.quarter(),
          worst.onDiskBytes() / 1e6, worst.liveBytes() / 1e6, samples.get(samples.size() - 1).onDiskBytes() / 1e6,
          samples.get(samples.size() - 1).liveBytes() / 1e6)));
      if (vacuumedBytes > 0) {
        out.append(String.format("database after VACUUM FULL: %.1f MB before the cycles, %.1f MB after; %.3f MB per"
            + " cycle%n", vacuumedBytesBefore / 1e6, vacuumedBytes / 1e6,
            (vacuumedBytes - vacuumedBytesBefore) / 1e6 / cyclesOpened));
      }
      return out.append(statementProfile).append(baseline.statementProfile()).toString();
    }
  }

  /**
   * Starts the application on its own database with synthetic municipalities and runs the cycles, {@code threads}
   * municipalities at a time (-Dbenchmark.threads, default 2: both cores, with the job executor running the jobs as
   * in production; 1: one after the other, the benchmark running the jobs itself, as before 2026-12-07 evening).
   */
  public static Result run(int municipalityCount, int years, String jdbcUrl, String baselineJdbcUrl) {
    return runQuarters(municipalityCount, years * 4, Integer.getInteger("benchmark.threads", 2), jdbcUrl,
        baselineJdbcUrl);
  }

  /**
   * The same for a number of quarters from the first. QuarterBenchmarkIT runs two on one thread: only then is the
   * number of statements the same in every run (the job executor's polling depends on timing).
   */
  public static Result runQuarters(int municipalityCount, int quarterCount, int threads, String jdbcUrl,
      String baselineJdbcUrl) {
    SqlRecorder sql = new SqlRecorder();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", jdbcUrl);
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      properties.put("spring.datasource.username", TestPostgres.USER);
      properties.put("spring.datasource.password", TestPostgres.PASSWORD);
    }
    properties.put("spring.main.banner-mode", "off");
    properties.put("server.port", 0);
    // its own engine name, so that it never replaces the "default" engine of other tests in the same JVM
    properties.put("camunda.bpm.process-engine-name", "benchmark");
    properties.put("camunda.bpm.job-execution.enabled", threads > 1);
    properties.put("directioncycle.demo.open-current-quarter", false);
    properties.put("logging.level.se.directioncycle", "warn");
    for (int i = 0; i < municipalityCount; i++) {
      String prefix = "directioncycle.municipalities[" + i + "].";
      properties.put(prefix + "id", municipalityId(i));
      properties.put(prefix + "name", String.format("Kommun %03d", i + 1));
      properties.put(prefix + "police-area", "Syntetiskt polisområde");
      properties.put(prefix + "quarterly-cycle", false); // the benchmark opens the cycles itself
      properties.put(prefix + "organisations", "school,leisure,social-services,police,rescue-service,housing,security-company");
      properties.put(prefix + "areas", "Centrum,Norr,Söder");
    }
    long start = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(DirectionCycleApplication.class)
        .web(WebApplicationType.SERVLET) // the REST starter needs a servlet context; nothing calls it here
        .profiles("demo", "test")
        .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(sql.wrapDataSource()))
        // as command-line arguments, so that they win over the demo and test profiles' files
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    try {
      double startupSeconds = seconds(start);
      Result appResult = new Run(context, municipalityCount, quarterCount, threads, sql, startupSeconds, jdbcUrl)
          .execute()
          .withDatabase(jdbcUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
      return appResult.withBaseline(Baseline.run(baselineJdbcUrl, appResult, threads));
    } finally {
      ClockUtil.reset();
      context.close();
    }
  }

  static String municipalityId(int index) {
    return String.format("kommun%03d", index + 1);
  }

  /** The whole JVM's CPU time so far (all threads: the application's, H2's, the job executor's). */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** One run of the cycles inside a started application. */
  static final class Run { // package-private: LatencyBenchmark prepares its history with it

    private final FormService forms;
    private final TaskService tasks;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final CycleStarter starter;
    private final CycleService cycles;
    private final EngineDriver engine;
    private final DataSource dataSource;
    private final int municipalityCount;
    private final int quarterCount;
    private final SqlRecorder sql;
    /** With -Dbenchmark.statements=N: the N most frequent statements of the cycles are printed. */
    private final int profiledStatements = Integer.getInteger("benchmark.statements", 0);
    private final List<SqlRecorder.Statement> profile = new ArrayList<>();
    private final double startupSeconds;
    private final StorageProbe storage;
    private final Map<String, Authentication> authentications = new ConcurrentHashMap<>();
    private final int threads;
    /** With more than one thread: the municipalities' work is shared out to these, the jobs to the job executor. */
    private final ExecutorService workers;
    private final JobExecutor jobExecutor;
    /** Not recorded: the benchmark's own polling for due jobs is not the application's work. */
    private final DataSource unrecorded;
    private final AtomicLong userTasks = new AtomicLong();
    private final AtomicLong lockingRetries = new AtomicLong();
    private long jobs;
    private long queryStatements;
    private long queryNanos;
    /** The JVM's CPU time during those measurements, left out of the cycles' CPU time as their time is. */
    private long queryCpuNanos;

    Run(ConfigurableApplicationContext context, int municipalityCount, int quarterCount, int threads, SqlRecorder sql,
        double startupSeconds, String jdbcUrl) {
      this.forms = context.getBean(FormService.class);
      this.tasks = context.getBean(TaskService.class);
      this.identity = context.getBean(IdentityService.class);
      this.runtime = context.getBean(RuntimeService.class);
      this.history = context.getBean(HistoryService.class);
      this.starter = context.getBean(CycleStarter.class);
      this.cycles = context.getBean(CycleService.class);
      this.engine = context.getBean(EngineDriver.class);
      this.dataSource = context.getBean(DataSource.class);
      this.municipalityCount = municipalityCount;
      this.quarterCount = quarterCount;
      this.sql = sql;
      this.startupSeconds = startupSeconds;
      this.storage = new StorageProbe(dataSource, jdbcUrl);
      this.threads = threads;
      this.workers = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
      this.jobExecutor = threads > 1 ? context.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor() : null;
      try {
        this.unrecorded = dataSource.unwrap(HikariDataSource.class);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    Result execute() {
      long users = identity.createUserQuery().count();
      List<Quarter> quarters = new ArrayList<>();
      for (Quarter q = new Quarter(FIRST_YEAR, 1); quarters.size() < quarterCount; q = q.next()) {
        quarters.add(q);
      }
      int smallAt = Math.min(4, quarters.size());
      double[] queryMillis = new double[2];
      List<QuarterSample> samples = new ArrayList<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long vacuumedBefore = storage.vacuumedBytes();
      long jobsLoggedBefore = history.createHistoricJobLogQuery().successLog().count();
      sql.reset();
      resumeProfile();
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      for (int index = 0; index < quarters.size(); index++) {
        long quarterStart = System.nanoTime();
        long queryNanosBefore = queryNanos;
        long statementsBefore = sql.statements() - queryStatements;
        long writtenBefore = storage.bytesWritten();
        Quarter quarter = quarters.get(index);
        Date opening = openingTime(quarter);
        engine.setClock(opening);
        // the task query is timed while the members' submission tasks are open
        int measure = index + 1 == quarters.size() ? 1 : index + 1 == smallAt ? 0 : -1;
        List<String> keys = openAndDecide(quarter, () -> {
          if (measure >= 0) {
            queryMillis[measure] = timeTaskQuery();
          }
        });
        if (measure == 1 && smallAt == quarters.size()) {
          queryMillis[0] = queryMillis[1];
        }
        Date until = index + 1 < quarters.size() ? openingTime(quarters.get(index + 1))
            : new Date(quarter.endsAt().getTime() + STEP.toMillis());
        for (Date t = plus(opening, STEP); t.before(until); t = plus(t, STEP)) {
          engine.setClock(t);
          followUp(keys, index > 0 ? keysOf(quarters.get(index - 1)) : List.of());
        }
        double quarterSeconds = seconds(quarterStart) - (queryNanos - queryNanosBefore) / 1e9;
        long quarterStatements = sql.statements() - queryStatements - statementsBefore;
        long written = writtenBefore < 0 ? -1 : storage.bytesWritten() - writtenBefore;
        StorageProbe.Size size = measureStorage();
        samples.add(new QuarterSample(quarter.year() + "-Q" + quarter.quarter(), municipalityCount, quarterSeconds,
            quarterStatements, size.onDiskBytes(), size.liveBytes(), written, size.fileFillPercent(),
            size.chunksFillPercent()));
        System.out.printf("benchmark: %d-Q%d done for %d municipalities in %.1f s (%.1f s so far), database %.1f MB"
            + " on disk, %.1f MB live (file %d %% used, chunks %d %% live)%n", quarter.year(), quarter.quarter(),
            municipalityCount, quarterSeconds, seconds(start) - queryNanos / 1e9, size.onDiskBytes() / 1e6,
            size.liveBytes() / 1e6, size.fileFillPercent(), size.chunksFillPercent());
      }
      engine.setClock(plus(quarters.get(quarters.size() - 1).endsAt(), Duration.ofHours(1)));
      jobs += runDueJobs();
      double cycleSeconds = seconds(start) - queryNanos / 1e9;
      double cpuSeconds = (cpuNanos() - cpuStart - queryCpuNanos) / 1e9;
      long cycleStatements = sql.statements() - queryStatements;
      long cycleWritingCommits = sql.writingCommits(); // the measurements between the quarters only read
      long cycleRowsWritten = sql.rowsWritten();
      if (workers != null) {
        workers.shutdown();
        jobs = history.createHistoricJobLogQuery().successLog().count() - jobsLoggedBefore;
        long incidents = runtime.createIncidentQuery().count();
        if (incidents > 0) {
          throw new IllegalStateException(incidents + " incidents: a job failed three times");
        }
        System.out.printf("benchmark: %d submissions were tried again after meeting a job on the same instance%n",
            lockingRetries.get());
      }
      long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      ClockUtil.reset();
      long vacuumed = storage.vacuumedBytes();
      if (vacuumed > 0) {
        System.out.println("benchmark: largest tables after VACUUM FULL: " + storage.largestTables(12));
      }

      int cyclesOpened = quarters.size() * municipalityCount;
      long closed = cycles.ofMunicipalities(IntStream.range(0, municipalityCount)
          .mapToObj(QuarterBenchmark::municipalityId).toList()).stream()
          .filter(c -> c.getStatus() == CycleStatus.CLOSED).count();
      long finished = history.createHistoricProcessInstanceQuery().processDefinitionKey("QuarterlyDirectionCycle")
          .finished().count();
      long running = runtime.createProcessInstanceQuery().count();
      long activities = history.createHistoricActivityInstanceQuery().count();
      return new Result("H2", municipalityCount, quarterCount, threads, startupSeconds, users, cyclesOpened, closed,
          finished, running, cycleSeconds, cpuSeconds, activities, userTasks.get(), jobs, cycleStatements,
          cycleWritingCommits, cycleRowsWritten, historyRows(), peakHeap, samples,
          queryMillis[0], queryMillis[1], smallAt * municipalityCount, quarters.size() * municipalityCount,
          vacuumedBefore, vacuumed, statementProfile(cyclesOpened), null);
    }

    private void pauseProfile() {
      if (profiledStatements > 0) {
        profile.addAll(sql.stopRecording());
      }
    }

    private void resumeProfile() {
      if (profiledStatements > 0) {
        sql.startRecording();
      }
    }

    /** The most frequent statements of the cycles, per cycle, with the time they took to execute. */
    private String statementProfile(int cycles) {
      pauseProfile();
      return SqlRecorder.profile("application", profile, profiledStatements, cycles);
    }

    /** The database's size at a quarter's end; its statements and time are not the cycles'. */
    private StorageProbe.Size measureStorage() {
      pauseProfile();
      long before = sql.statements();
      long startNanos = System.nanoTime();
      long startCpu = cpuNanos();
      StorageProbe.Size size = storage.measure();
      queryStatements += sql.statements() - before;
      resumeProfile();
      queryNanos += System.nanoTime() - startNanos;
      queryCpuNanos += cpuNanos() - startCpu;
      return size;
    }

    private List<String> keysOf(Quarter quarter) {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < municipalityCount; i++) {
        keys.add(quarter.businessKey(municipalityId(i)));
      }
      return keys;
    }

    /** Phases 1–3 for every municipality: open, situation input, review, evaluation, proposal, decision. */
    List<String> openAndDecide(Quarter quarter, Runnable whenSubmissionsOpen) {
      List<String> keys = keysOf(quarter);
      forEachMunicipality(keys, key -> as(municipalityOf(key) + "-samordnare",
          () -> starter.start(null, quarter.year(), quarter.quarter())));
      jobs += runDueJobs();
      whenSubmissionsOpen.run();
      forEachMunicipality(keys, key -> {
        String m = municipalityOf(key);
        for (String member : MEMBERS) {
          String user = m + "-" + member;
          String taskId = task(user, key, QuarterScenario.SUBMIT);
          JsonNode context = json(user, taskId, "situationContext");
          List<Map<String, Object>> indicators = new ArrayList<>();
          context.path("indicators").forEach(indicator -> indicators.add(
              Map.of("code", indicator.path("code").asText(), "value", 7)));
          Map<String, Object> input = new LinkedHashMap<>();
          input.put("nothingToReport", false);
          input.put("indicators", indicators);
          input.put("observations", List.of(
              QuarterScenario.observation("KLOTTER", "Centrum", 2, "Klotter på busskuren vid torget"),
              QuarterScenario.observation("BUSKORNING_MOPED_ATRAKTOR", "Norr", 3, "Buskörning på parkeringen kvällstid")));
          submit(user, taskId, Map.of("situationInput", SpinValues.jsonValue(Rest.write(input)).create()));
        }
      });
      jobs += runDueJobs();
      forEachMunicipality(keys, key -> {
        String user = municipalityOf(key) + "-samordnare";
        submit(user, task(user, key, QuarterScenario.REVIEW), Map.of(
            "mappingSection", "Kartläggningen visar klotter och buskörning i centrum.",
            "otherInformationSection", "Trygghetsmätningen pekar på oro kvällstid.",
            "analysisSection", "Problemen hänger ihop med kvällar utan aktiviteter för unga."));
      });
      jobs += runDueJobs();
      forEachMunicipality(keys, key -> {
        for (String member : INTERVENTIONS.values()) {
          String user = municipalityOf(key) + "-" + member;
          for (String taskId : taskIds(user, key, QuarterScenario.EVALUATE)) {
            submit(user, taskId, Map.of("implementationStatus", "done", "trafficLight", "green",
                "outputAgainstTarget", "5 av 6 planerade tillfällen", "observedEffect", "Färre rapporter kvällstid",
                "recommendation", "adjust", "lessons", "Samordna med fritid tidigare"));
          }
        }
      });
      jobs += runDueJobs();
      forEachMunicipality(keys, key -> {
        String m = municipalityOf(key);
        String coordinator = m + "-samordnare";
        String taskId = task(coordinator, key, QuarterScenario.PROPOSE);
        String topProblem = json(coordinator, taskId, "proposalContext").path("rankedProblems").path(0)
            .path("category").asText();
        List<Map<String, Object>> interventions = new ArrayList<>();
        INTERVENTIONS.keySet().stream().sorted(java.util.Comparator.comparing(o -> o.type().ordinal()))
            .forEach(organisation -> interventions.add(QuarterScenario.intervention(
            "Insats " + organisation.type().name().toLowerCase(), organisation.code(), quarter.firstDay().toString(),
            quarter.lastDay().toString())));
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("title", "Minska klotter och buskörning i centrum");
        area.put("problemCategory", topProblem);
        area.put("goal", "Färre rapporter om klotter och buskörning än förra kvartalet.");
        area.put("interventions", interventions);
        submit(coordinator, taskId, Map.of("directionProposal",
            SpinValues.jsonValue(Rest.write(Map.of("focusAreas", List.of(area)))).create()));
        String chair = m + "-ordforande";
        submit(chair, task(chair, key, QuarterScenario.DECIDE), Map.of("chairDecision", "approve",
            "chairComment", "", "meetingDate", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), STOCKHOLM)
                .toString(), "protocolParagraph", (long) quarter.quarter()));
      });
      jobs += runDueJobs();
      return keys;
    }

    /** Phase 4 at one point in time: due timers fire, and every open status report is completed. */
    private void followUp(List<String> keys, List<String> previousKeys) {
      jobs += runDueJobs();
      for (List<String> cycleKeys : List.of(previousKeys, keys)) {
        forEachMunicipality(cycleKeys, key -> {
          for (String member : INTERVENTIONS.values()) {
            String user = municipalityOf(key) + "-" + member;
            for (String taskId : taskIds(user, key, QuarterScenario.REPORT)) {
              submit(user, taskId, Map.of("trafficLight", "green", "progressCount", 3L,
                  "statusComment", "Tre tillfällen genomförda"));
            }
          }
        });
      }
      jobs += runDueJobs();
    }

    /** "My organisation's tasks" as Tasklist asks for them: candidate group of one member, with tenant check. */
    private double timeTaskQuery() {
      pauseProfile();
      long before = sql.statements();
      long startNanos = System.nanoTime();
      long startCpu = cpuNanos();
      String user = municipalityId(0) + "-skola";
      String group = municipalityId(0) + "-school";
      double[] millis = new double[200];
      as(user, () -> {
        for (int i = -500; i < millis.length; i++) { // 500 warm-up runs
          long start = System.nanoTime();
          List<Task> found = tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc()
              .listPage(0, 50);
          if (found.isEmpty()) {
            throw new IllegalStateException("the task query found no task for " + group);
          }
          if (i >= 0) {
            millis[i] = (System.nanoTime() - start) / 1e6;
          }
        }
        return null;
      });
      queryStatements += sql.statements() - before;
      queryNanos += System.nanoTime() - startNanos;
      queryCpuNanos += cpuNanos() - startCpu;
      resumeProfile();
      Arrays.sort(millis);
      return millis[millis.length / 2];
    }

    private String task(String user, String businessKey, String taskDefinitionKey) {
      List<String> ids = taskIds(user, businessKey, taskDefinitionKey);
      if (ids.size() != 1) {
        throw new IllegalStateException(user + " sees " + ids.size() + " " + taskDefinitionKey + " tasks in " + businessKey);
      }
      return ids.get(0);
    }

    private List<String> taskIds(String user, String businessKey, String taskDefinitionKey) {
      return as(user, () -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
          .taskDefinitionKey(taskDefinitionKey).list().stream().map(Task::getId).toList());
    }

    /** A Json form variable as Tasklist reads it (serialized). */
    private JsonNode json(String user, String taskId, String name) {
      TypedValue value = as(user, () -> forms.getTaskFormVariables(taskId, List.of(name), false).getValueTyped(name));
      return QuarterScenario.parse(value instanceof SerializableValue serializable
          ? serializable.getValueSerialized() : String.valueOf(value.getValue()));
    }

    /**
     * Submits as the user. With the job executor running beside the members, a submission can meet a job changing
     * the same process instance; like a person pressing "Slutför" again, it is tried once more (counted, printed).
     */
    private void submit(String user, String taskId, Map<String, Object> variables) {
      for (int attempt = 1; ; attempt++) {
        try {
          as(user, () -> {
            forms.submitTaskForm(taskId, variables);
            return null;
          });
          userTasks.incrementAndGet();
          return;
        } catch (OptimisticLockingException e) {
          if (attempt == 5) {
            throw e;
          }
          lockingRetries.incrementAndGet();
        }
      }
    }

    /** Each municipality's part of a step, on the workers when there are several, else one after the other. */
    private void forEachMunicipality(List<String> keys, Consumer<String> work) {
      if (workers == null) {
        keys.forEach(work);
        return;
      }
      List<Future<?>> parts = keys.stream().<Future<?>>map(key -> workers.submit(() -> work.accept(key))).toList();
      for (Future<?> part : parts) {
        try {
          part.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("a municipality's step failed", e.getCause());
        }
      }
    }

    /**
     * Runs every due job. On one thread the benchmark executes them itself (and returns how many); with several, the
     * job executor does, woken as after a timer's due time, and this waits until none is due (the executed ones are
     * counted from the job log at the end).
     */
    private long runDueJobs() {
      if (jobExecutor == null) {
        return engine.runAllDueJobs();
      }
      jobExecutor.jobWasAdded();
      long giveUp = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      try (Connection connection = unrecorded.getConnection();
          var due = connection.prepareStatement("select count(*) from ACT_RU_JOB where RETRIES_ > 0"
              + " and (DUEDATE_ is null or DUEDATE_ <= ?) and SUSPENSION_STATE_ = 1")) {
        while (true) {
          due.setTimestamp(1, new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
          try (ResultSet count = due.executeQuery()) {
            count.next();
            if (count.getLong(1) == 0) {
              return 0;
            }
          }
          if (System.nanoTime() > giveUp) {
            throw new IllegalStateException("due jobs left after 10 minutes");
          }
          Thread.sleep(5);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Runs as the user, with their groups and tenants, like the REST authentication filter. */
    private <T> T as(String user, Supplier<T> work) {
      Authentication authentication = authentications.computeIfAbsent(user, id -> new Authentication(
          identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList(),
          identity.createTenantQuery().userMember(id).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId).toList()));
      identity.setAuthentication(user, authentication.groups(), authentication.tenants());
      try {
        return work.get();
      } finally {
        identity.clearAuthentication();
      }
    }

    private long historyRows() {
      try (Connection connection = dataSource.getConnection()) {
        List<String> tables = new ArrayList<>();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case
        for (String pattern : List.of("ACT_HI_%", "act_hi_%")) {
          try (ResultSet rs = connection.getMetaData().getTables(null, null, pattern, new String[] {"TABLE"})) {
            while (rs.next()) {
              tables.add(rs.getString("TABLE_NAME"));
            }
          }
        }
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
          for (String table : tables) {
            try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
              rs.next();
              rows += rs.getLong(1);
            }
          }
        }
        return rows;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private record Authentication(List<String> groups, List<String> tenants) {}

  static String municipalityOf(String businessKey) {
    return businessKey.substring(0, businessKey.indexOf('-'));
  }

  static Date openingTime(Quarter quarter) {
    return Date.from(quarter.firstDay().minusDays(LEAD.toDays()).atTime(9, 0).atZone(STOCKHOLM).toInstant());
  }

  static Date plus(Date date, Duration duration) {
    return new Date(date.getTime() + duration.toMillis());
  }
}

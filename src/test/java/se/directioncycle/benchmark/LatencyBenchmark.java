package se.directioncycle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.directioncycle.DirectionCycleApplication;
import se.directioncycle.cycle.CycleStarter;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.QuarterScenario;

/**
 * Response times over HTTP (issue 5): the whole application on a real port, with years of history, and client
 * threads logged in as members, chairs and coordinators at once, sending what Tasklist and Cockpit send: the task
 * list, a task's form, a valid submit, the dashboard. Prints count, p50, p95 and max per request kind after a
 * warm-up, and the SQL statements of one request of each kind; times are printed, never asserted, but every request
 * must succeed.
 *
 * <p>The history and the open cycles belong to the first {@code benchmark.activeMunicipalities} (2) municipalities
 * in every run; {@code benchmark.municipalities} only adds further municipalities' users, groups, tenants and
 * authorizations (the Tasklist filters are shared by all, ADR 0023). So a run with 290 measures the same queries
 * over the same process data as one with 2, which is the comparison. The 50 open cycles (25 quarters in each of the two) are all on the dashboard of
 * kommun001's coordinator, who is also kommun002's coordinator (a regional coordinator): a municipality with 25 open
 * quarters is not typical, but the dashboard reads all open cycles of its municipalities at once, so their number
 * is what counts.
 *
 * <p>Not in the default build. {@code ./mvnw -B -o -Pbenchmark verify -Dit.test=LatencyBenchmark
 * -Dbenchmark.municipalities=2}; output also in {@code target/benchmark/latency-<municipalities>.txt} and the raw
 * samples in {@code latency-<municipalities>.csv}.
 */
public class LatencyBenchmark {

  /**
   * The production engine name, not one of its own like QuarterBenchmark's: the REST guard (access.OperationGuard)
   * reads the caller from the engine named "default" and refuses everyone else (401). This class runs only in the
   * benchmark profile's JVM, never beside the integration tests.
   */
  static final String ENGINE = "default";

  /** Its own H2 file, with the production URL flags unless -Dbenchmark.h2-flags tries others (as QuarterBenchmark). */
  private static final String JDBC_URL = "jdbc:h2:file:./target/benchmark/latency;"
      + System.getProperty("benchmark.h2-flags", QuarterBenchmark.H2_FLAGS);

  @Test
  void run() throws IOException {
    int municipalities = Integer.getInteger("benchmark.municipalities", 2);
    int active = Math.min(municipalities, Integer.getInteger("benchmark.activeMunicipalities", 2));
    int years = Integer.getInteger("benchmark.years", 10);
    int openCycles = Integer.getInteger("benchmark.openCycles", 50);
    // decided at one engine time: a meeting date may lie at most a year before the quarter starts, so at most 4
    int decidedPerMunicipality = Integer.getInteger("benchmark.decidedOpenQuarters", 4);
    int warmUpSeconds = Integer.getInteger("benchmark.warmupSeconds", 20);
    int measureSeconds = Integer.getInteger("benchmark.seconds", 60);
    int thinkMillis = Integer.getInteger("benchmark.thinkMillis", 100);
    int memberThreads = Integer.getInteger("benchmark.memberThreads", 3);
    Path dir = Path.of("target", "benchmark");
    deleteOwnDatabaseFiles(dir);

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%n=== Latency benchmark over HTTP: %d municipalities ===%n",
        municipalities));
    report.append("load before start: ").append(loadAverage()).append('\n');
    SqlRecorder sql = new SqlRecorder();
    long start = System.nanoTime();
    ConfigurableApplicationContext context = start(municipalities, sql);
    try {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      long users = context.getBean(IdentityService.class).createUserQuery().count();
      long authorizations = context.getBean(AuthorizationService.class).createAuthorizationQuery().count();
      report.append(String.format(Locale.ROOT, "application start incl. seeding (%d users, %d authorizations):"
          + " %.1f s%n", users, authorizations, QuarterBenchmark.seconds(start)));

      long prepared = System.nanoTime();
      QuarterBenchmark.Run cycles = new QuarterBenchmark.Run(context, active, years * 4, 1, sql, 0,
          JDBC_URL);
      // benchmark.years=0 skips the history (a quick check of the measuring part)
      QuarterBenchmark.Result history = years > 0 ? cycles.execute() : null;
      int perMunicipality = (openCycles + active - 1) / active;
      int decided = Math.min(decidedPerMunicipality, perMunicipality);
      Date now = openCycles(context, cycles, active, QuarterBenchmark.FIRST_YEAR + years, perMunicipality, decided);
      joinCoordinatorGroups(context.getBean(IdentityService.class), active);
      report.append(String.format(Locale.ROOT, "history: %d closed cycles (%d years x %d municipalities), %d instances"
          + " in history; then %d open quarters in each (%d decided, in follow-up; %d collecting situation input);"
          + " engine clock %s; prepared in %.1f s%n", history == null ? 0 : history.cyclesClosed(), years,
          active, history == null ? 0 : history.cyclesFinishedInHistory(), perMunicipality, decided,
          perMunicipality - decided, now.toInstant(), QuarterBenchmark.seconds(prepared)));

      LatencySamples samples = new LatencySamples();
      LatencyClock clock = new LatencyClock(warmUpSeconds, measureSeconds, thinkMillis);
      int historyYear = QuarterBenchmark.FIRST_YEAR + years - 1;
      List<List<SimulatedPerson>> threads = people(port, active, memberThreads, samples, clock, historyYear);
      int dashboardCycles = threads.get(threads.size() - 1).get(0).openCyclesOnDashboard();
      report.append(String.format(Locale.ROOT, "open cycles on %s's dashboard: %d%n",
          threads.get(threads.size() - 1).get(0).user(), dashboardCycles));
      report.append(String.format(Locale.ROOT, "clients: %d threads (%s), think time %d ms +-50%%, warm-up %d s,"
          + " measured %d s; job executor running%n", threads.size(), describe(threads), thinkMillis, warmUpSeconds,
          measureSeconds));

      // alone first: the clients submit every situation input within their minute, and this pass needs one
      String alone = SqlPerRequest.measure(port, sql, active, historyYear);

      JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
          .getProcessEngineConfiguration()).getJobExecutor();
      long jobsBefore = context.getBean(ManagementService.class).createJobQuery().executable().count();
      jobExecutor.start(); // the async steps after the submits run beside the requests, as in production
      clock.begin();
      runClients(threads, clock);
      jobExecutor.shutdown();
      report.append("load after measuring: ").append(loadAverage()).append('\n');
      report.append(String.format(Locale.ROOT, "due jobs: %d before measuring, %d after%n", jobsBefore,
          context.getBean(ManagementService.class).createJobQuery().executable().count()));

      List<LatencySamples.Sample> failed = samples.failed();
      if (!failed.isEmpty()) {
        failed.stream().limit(20).forEach(System.out::println);
        throw new AssertionError(failed.size() + " of " + samples.all().size() + " requests failed; no times printed");
      }
      report.append(LatencySamples.table(samples.summaries()));
      report.append(alone);
      System.out.println(report);
      Files.writeString(dir.resolve("latency-" + municipalities + ".txt"), report);
      samples.writeCsv(dir.resolve("latency-" + municipalities + ".csv"));
      BenchmarkFigures.p95Chart(dir.resolve("latency-" + municipalities + "-p95.png"), samples.summaries(),
          "p95 over HTTP, " + municipalities + " municipalities, " + openCycles + " open cycles");
    } finally {
      ClockUtil.reset();
      context.close();
    }
  }

  /**
   * Opens the quarters after the history in each active municipality: the first ones decided at once (their status
   * reports come due a step later), the rest left collecting situation input. Returns the engine time then, which
   * stays set while measuring (nothing in the run moves it).
   */
  private static Date openCycles(ConfigurableApplicationContext context, QuarterBenchmark.Run cycles, int active,
      int year, int perMunicipality, int decided) {
    EngineDriver engine = context.getBean(EngineDriver.class);
    Quarter quarter = new Quarter(year, 2); // the history's last quarter closed on 1 January of this year
    Date opening = QuarterBenchmark.openingTime(quarter);
    engine.setClock(opening);
    for (int i = 0; i < decided; i++, quarter = quarter.next()) {
      cycles.openAndDecide(quarter, () -> {});
    }
    Date now = QuarterBenchmark.plus(opening, QuarterBenchmark.STEP);
    engine.setClock(now);
    engine.runAllDueJobs();
    CycleStarter starter = context.getBean(CycleStarter.class);
    for (int i = decided; i < perMunicipality; i++, quarter = quarter.next()) {
      for (int m = 0; m < active; m++) {
        starter.start(QuarterBenchmark.municipalityId(m), quarter.year(), quarter.quarter());
      }
    }
    engine.runAllDueJobs();
    return now;
  }

  /**
   * kommun001's coordinator joins the other active municipalities' coordinator groups, as the admin API's
   * addMemberships does (without its audit entry).
   */
  private static void joinCoordinatorGroups(IdentityService identity, int active) {
    String regional = QuarterBenchmark.municipalityId(0) + "-samordnare";
    for (int m = 1; m < active; m++) {
      identity.createMembership(regional, QuarterBenchmark.municipalityId(m) + "-coordinator");
    }
  }

  /**
   * The client threads, each with the people it acts for in turn: members (in memberThreads threads), the chairs,
   * and last the coordinators, the regional one first.
   */
  private static List<List<SimulatedPerson>> people(int port, int active, int memberThreads, LatencySamples samples,
      LatencyClock clock, int historyYear) {
    List<List<SimulatedPerson>> threads = new ArrayList<>();
    for (int t = 0; t < memberThreads; t++) {
      threads.add(new ArrayList<>());
    }
    List<SimulatedPerson> chairs = new ArrayList<>();
    List<SimulatedPerson> coordinators = new ArrayList<>();
    int next = 0;
    for (int m = 0; m < active; m++) {
      String municipality = QuarterBenchmark.municipalityId(m);
      for (String member : QuarterBenchmark.MEMBERS) {
        threads.get(next++ % memberThreads).add(person(port, municipality + "-" + member, "tasklist",
            SimulatedPerson.Role.MEMBER, samples, clock, historyYear));
      }
      chairs.add(person(port, municipality + "-ordforande", "tasklist", SimulatedPerson.Role.CHAIR, samples, clock,
          historyYear));
      coordinators.add(person(port, municipality + "-samordnare", "cockpit", SimulatedPerson.Role.COORDINATOR,
          samples, clock, historyYear));
    }
    threads.add(chairs);
    threads.add(coordinators);
    return threads;
  }

  private static SimulatedPerson person(int port, String user, String app, SimulatedPerson.Role role,
      LatencySamples samples, LatencyClock clock, int historyYear) {
    return new SimulatedPerson(WebappClient.login(port, ENGINE, user, app), role, samples, clock, historyYear);
  }

  private static String describe(List<List<SimulatedPerson>> threads) {
    List<String> each = new ArrayList<>();
    for (List<SimulatedPerson> people : threads) {
      each.add(String.join("/", people.stream().map(SimulatedPerson::user).toList()));
    }
    return String.join("; ", each);
  }

  /** Each thread visits its people in turn until the clock runs out; an exception ends the run as a failure. */
  private static void runClients(List<List<SimulatedPerson>> threads, LatencyClock clock) {
    List<Thread> running = new ArrayList<>();
    List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (List<SimulatedPerson> people : threads) {
      Thread thread = new Thread(() -> {
        try {
          for (int i = 0; clock.running(); i++) {
            people.get(i % people.size()).visit();
            clock.think();
          }
        } catch (RuntimeException | Error e) {
          errors.add(e);
        }
      }, "client-" + people.get(0).user());
      running.add(thread);
      thread.start();
    }
    for (Thread thread : running) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("a client thread failed", errors.get(0));
    }
  }

  /** The whole application on a random port, like QuarterBenchmark's, on its own H2 file and engine name. */
  private static ConfigurableApplicationContext start(int municipalityCount, SqlRecorder sql) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", JDBC_URL);
    properties.put("spring.main.banner-mode", "off");
    properties.put("server.port", 0);
    properties.put("camunda.bpm.process-engine-name", ENGINE);
    // off while preparing (EngineDriver runs the due jobs at the moved clock); started for the measurement
    properties.put("camunda.bpm.job-execution.enabled", false);
    properties.put("directioncycle.demo.open-current-quarter", false);
    properties.put("logging.level.se.directioncycle", "warn");
    for (int i = 0; i < municipalityCount; i++) {
      String prefix = "directioncycle.municipalities[" + i + "].";
      properties.put(prefix + "id", QuarterBenchmark.municipalityId(i));
      properties.put(prefix + "name", String.format("Kommun %03d", i + 1));
      properties.put(prefix + "police-area", "Syntetiskt polisområde");
      properties.put(prefix + "quarterly-cycle", false); // the benchmark opens the cycles itself
      properties.put(prefix + "organisations",
          "school,leisure,social-services,police,rescue-service,housing,security-company");
      properties.put(prefix + "areas", "Centrum,Norr,Söder");
    }
    return new SpringApplicationBuilder(DirectionCycleApplication.class)
        .web(WebApplicationType.SERVLET)
        .profiles("demo", "test")
        .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(sql.wrapDataSource()))
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  private static void deleteOwnDatabaseFiles(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : List.of("latency.mv.db", "latency.trace.db")) {
      Files.deleteIfExists(dir.resolve(name));
    }
  }

  /** The machine's load (other builds share the two cores): /proc/loadavg's 1, 5 and 15 minute averages. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min; " + Runtime.getRuntime()
          .availableProcessors() + " cores)";
    } catch (IOException e) {
      return "unknown";
    }
  }
}

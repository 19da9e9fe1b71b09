package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.HistoryCleanup;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.TestPostgres;

/**
 * The whole application on a real PostgreSQL 17 server (the `postgres` profile): Flyway's V1 migration
 * and Camunda's schema are created on an empty database, and the first part of a quarter runs through
 * the REST API and leaves its rows in PostgreSQL.
 *
 * <p>Its own Spring context and, through the "postgres" tag, its own failsafe JVM (see pom.xml).
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false") // the test runs the jobs, as in the test profile
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext // closed after the class; the embedded server stops at JVM exit (its own shutdown hook)
class PostgresIT {

  private static final int YEAR = 2061;
  private static final EmbeddedPostgres POSTGRES = TestPostgres.start();

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  CycleService cycles;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  HistoryCleanup cleanup;

  /** Set the profile's environment variables, so that their names are tested too. */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("DIRECTIONCYCLE_DB_URL", () -> TestPostgres.jdbcUrl(POSTGRES));
    registry.add("DIRECTIONCYCLE_DB_USERNAME", () -> TestPostgres.USER);
    registry.add("DIRECTIONCYCLE_DB_PASSWORD", () -> TestPostgres.PASSWORD);
  }

  @AfterEach
  void resetClock() {
    engine.resetClock(); // ClockUtil is static: leave no moved clock behind
  }

  @Test
  void aQuarterRunsOnPostgresql() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType())
        .isEqualTo("postgres");
    assertThat(jdbc.queryForList(
        "select version from flyway_schema_history where success and version is not null order by installed_rank",
        String.class))
        .as("every migration, the PostgreSQL-only ones included, applies").containsExactlyElementsOf(migrationVersions());

    engine.setClock(Date.from(LocalDateTime.of(YEAR - 1, 12, 1, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    String q1 = alvkarleby.open(YEAR, 1);
    engine.runDueJobs(q1);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(q1, member, List.of(
          observation("KLOTTER", "Skutskär", 3, "Klotter på busskuren vid torget")));
    }
    engine.runDueJobs(q1);
    alvkarleby.approveSituationReport(q1);
    engine.runDueJobs(q1);
    assertThat(alvkarleby.as("samordnare").tasks(q1, PROPOSE)).as("the cycle went on to the proposal").hasSize(1);

    Cycle cycle = cycles.ofMunicipalities(List.of("alvkarleby")).stream()
        .filter(c -> c.getBusinessKey().equals(q1)).findFirst().orElseThrow();
    long id = cycle.getId();
    assertThat(jdbc.queryForObject("select count(*) from submission where cycle_id = ? and status = 'SUBMITTED'",
        Integer.class, id)).isEqualTo(7);
    assertThat(jdbc.queryForObject("select count(*) from observation o join submission s on o.submission_id = s.id"
        + " where s.cycle_id = ?", Integer.class, id)).isEqualTo(7);
    assertThat(jdbc.queryForObject("select octet_length(content) from public_document where cycle_id = ?"
        + " and kind = 'SITUATION_REPORT'", Integer.class, id)).as("the report's PDF is stored as bytea").isGreaterThan(1000);
    Map<String, Object> report = jdbc.queryForMap(
        "select approved_by, analysis_section from situation_report where cycle_id = ?", id);
    assertThat(report.get("approved_by")).isEqualTo("alvkarleby-samordnare");
    assertThat((String) report.get("analysis_section")).contains("kvällar");
    assertThat(jdbc.queryForObject("select count(*) from ranked_problem r join situation_report s on r.report_id = s.id"
        + " where s.cycle_id = ?", Integer.class, id)).isPositive();
    // the engine's own tables are in the same PostgreSQL database
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task where proc_inst_id_ = ?", Integer.class,
        cycle.getProcessInstanceId())).isEqualTo(1);
  }

  /** ADR 0027's deletion of the operation log is plain SQL on the engine's connection: PostgreSQL runs it too. */
  @Test
  void historyIsRemovedWithItsOperationLogOnPostgresql() {
    engine.setClock(Date.from(LocalDateTime.of(YEAR + 1, 1, 10, 9, 0).atZone(ZoneId.of("Europe/Stockholm"))
        .toInstant()));
    String key = new QuarterScenario(port, "kalix").open(YEAR + 1, 2);
    String instanceId = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .singleResult().getId();
    cleanup.endAsAdministrator(instanceId, "kalix");
    assertThat(cleanup.operationLogOf(instanceId)).isGreaterThanOrEqualTo(2);

    Date end = processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getEndTime();
    engine.setClock(Date.from(end.toInstant().plus(Duration.ofDays(401))));
    cleanup.run();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .count()).isZero();
    assertThat(cleanup.operationLogOf(instanceId)).isZero();
  }

  @Test
  void aSafetySurveyImportsAndIsReplacedOnPostgresql() throws java.io.IOException {
    byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/samples/safety-survey.csv"));
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    String path = "/api/municipalities/kalix/safety-surveys/2024";

    assertThat(coordinator.post(path, "text/csv", sample).status()).isEqualTo(201);
    Rest.Response replaced = coordinator.post(path, "text/csv", sample);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
    assertThat(replaced.json().path("replacedEarlierImport").asBoolean()).isTrue();

    assertThat(jdbc.queryForObject("select count(*) from safety_survey where municipality = 'kalix'", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from safety_survey_row r join safety_survey s on r.survey_id = s.id"
        + " where s.municipality = 'kalix' and s.survey_year = 2024 and r.suppressed", Integer.class)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select share_percent from safety_survey_row where area = 'Nyborg'"
        + " and question_code = 'TRYGG_KVALL'", java.math.BigDecimal.class)).isEqualByComparingTo("72.5");
  }

  /** The versions of the migrations Flyway finds for PostgreSQL: the portable ones and the vendor ones. */
  private static List<String> migrationVersions() {
    try {
      var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
      List<String> versions = new java.util.ArrayList<>();
      for (String location : List.of("classpath*:db/migration/V*.sql", "classpath*:db/vendor/postgresql/V*.sql")) {
        for (var resource : resolver.getResources(location)) {
          versions.add(resource.getFilename().replaceAll("^V(\\d+)__.*", "$1"));
        }
      }
      versions.sort(java.util.Comparator.comparingInt(Integer::parseInt));
      assertThat(versions).contains("1", "2", "3", "4");
      return versions;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReports;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/**
 * The charts as images for pages: a compiled situation report's three charts and an annual assessment's survey chart,
 * served to the webapp session of the report's own municipality only, never a 500 for a bad name or id.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentChartIT {

  /**
   * Cycles and annual assessments can be opened up to 2100 only (RegisterCycleDelegate, RegisterAnnualAssessmentDelegate),
   * so this class uses a year no other test uses.
   */
  private static final int YEAR = 2044;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DocumentCharts charts;
  @Autowired
  SituationReports reports;
  @Autowired
  CycleService cycles;

  long reportId;
  String reportCharts;
  String surveyCharts;

  @BeforeAll
  void compileAReportAndImportTwoSurveys() throws Exception {
    engine.setClock(Date.from(LocalDateTime.of(YEAR - 1, 12, 1, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    // the quarter before, compiled too: the indicator trend of YEAR Q1 has one earlier quarter with values
    String previous = alvkarleby.open(YEAR - 1, 4);
    engine.runDueJobs(previous);
    List<String> members = List.of("skola", "fritid", "ifo", "raddningstjanst", "bostad", "sakerhet", "kommunpolis");
    for (String member : members) { // when all are in, the report is compiled
      alvkarleby.submitSituationInput(previous, member, List.of(observation("KLOTTER", "Skutskär", 1, "Klotter")));
    }
    engine.runDueJobs(previous);
    String cycle = alvkarleby.open(YEAR, 1);
    engine.runDueJobs(cycle);
    for (String member : members) {
      alvkarleby.submitSituationInput(cycle, member, List.of(
          observation("KLOTTER", "Skutskär", 2, "Klotter på busskuren vid torget"),
          observation("NEDSKRAPNING", "Gårdskär", 1, "Skräp vid badplatsen")));
    }
    engine.runDueJobs(cycle);
    long reportId = jdbc.queryForObject("select r.id from situation_report r join cycle c on c.id = r.cycle_id "
        + "where c.business_key = ?", Long.class, cycle);
    reportCharts = "/documents/situation-report:" + reportId + "/charts/";
    this.reportId = reportId;

    Rest kalix = Rest.as(port, "kalix-samordnare");
    assertThat(kalix.post("/api/annual-assessments", Map.of("year", YEAR)).status()).isEqualTo(201);
    String key = "kalix-" + YEAR + "-arsbedomning";
    engine.runDueJobs(key);
    for (int year : List.of(YEAR - 1, YEAR)) {
      Rest.Response stored = kalix.post("/api/municipalities/kalix/safety-surveys/" + year, "text/csv", survey(year));
      assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    }
    long assessmentId = jdbc.queryForObject("select id from annual_assessment where municipality = 'kalix' and "
        + "assessment_year = ?", Long.class, YEAR);
    surveyCharts = "/documents/annual-assessment:" + assessmentId + "/charts/";
  }

  @AfterAll
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void theIndicatorTrendShowsEveryEarlierQuarterWithAReportAndADashForTheOthers() {
    SituationReport report = reports.get(reportId);
    DocumentCharts.Chart chart = charts.indicators(cycles.get(report.getCycleId()), report);

    @SuppressWarnings("unchecked")
    List<String> quarters = (List<String>) chart.model().get("quarters");
    assertThat(quarters).hasSize(8).startsWith((YEAR - 2) + " kvartal 2").endsWith((YEAR - 1) + " kvartal 4",
        YEAR + " kvartal 1");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) chart.model().get("rows");
    assertThat(rows).isNotEmpty();
    Map<String, Long> lastQuarter = totals(YEAR - 1, 4);
    Map<String, Long> thisQuarter = totals(YEAR, 1);
    assertThat(lastQuarter).isNotEmpty();
    // one row per indicator of this quarter: its value in the quarter before (a dash if none), then this quarter's
    List<String> expected = thisQuarter.entrySet().stream().map(e -> (lastQuarter.containsKey(e.getKey())
        ? lastQuarter.get(e.getKey()).toString() : "–") + " then " + e.getValue()).sorted().toList();
    List<String> shown = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<Object> values = List.copyOf((List<?>) row.get("values"));
      assertThat(values.subList(0, 6)).as("no Älvkarleby report from %s to %s", YEAR - 2, YEAR - 1).containsOnly((Object) "–");
      shown.add(values.get(6) + " then " + values.get(7));
    }
    assertThat(shown).containsExactlyInAnyOrderElementsOf(expected).anyMatch(pair -> !pair.startsWith("–"));
  }

  /** The indicator totals of Älvkarleby's compiled report of a quarter, read straight from the tables. */
  private Map<String, Long> totals(int year, int quarter) {
    Map<String, Long> totals = new java.util.HashMap<>();
    jdbc.query("select t.indicator_code, t.total from indicator_total t join situation_report r on r.id = t.report_id"
        + " join cycle c on c.id = r.cycle_id where c.municipality = 'alvkarleby' and c.cycle_year = ? and c.quarter = ?",
        rs -> {
          totals.put(rs.getString(1), rs.getLong(2));
        }, year, quarter);
    return totals;
  }

  @Test
  void theOwnMunicipalityGetsEachChartAsAPngCachedPrivately() throws Exception {
    WebappSession chair = WebappSession.login(port, "alvkarleby-ordforande", "tasklist");
    for (String chart : List.of("indicators.png", "categories.png", "problems.png")) {
      assertPng(chair.getBytes(reportCharts + chart), chart);
    }
    assertPng(WebappSession.login(port, "kalix-samordnare", "tasklist").getBytes(surveyCharts + "survey.png"), "survey");
    // a member of the council sees the report's charts as it sees the report
    assertPng(WebappSession.login(port, "alvkarleby-skola", "tasklist").getBytes(reportCharts + "problems.png"),
        "a member");
  }

  @Test
  void anotherMunicipalityGetsTheSame404AsForAnUnknownReport() throws Exception {
    WebappSession kalixChair = WebappSession.login(port, "kalix-ordforande", "tasklist");
    HttpResponse<String> foreign = kalixChair.get(reportCharts + "problems.png");
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(message(foreign)).isEqualTo("Lägesbilden finns inte, eller så får du inte se den.");
    assertThat(message(kalixChair.get("/documents/situation-report:999999999/charts/problems.png")))
        .isEqualTo(message(foreign));
    HttpResponse<String> foreignSurvey = WebappSession.login(port, "alvkarleby-samordnare", "tasklist")
        .get(surveyCharts + "survey.png");
    assertThat(foreignSurvey.statusCode()).isEqualTo(404);
    assertThat(message(foreignSurvey)).isEqualTo("Den årliga bedömningen finns inte, eller så får du inte se den.");
  }

  @Test
  void aBadChartNameOrIdIsA4xxWithASwedishMessageNeverA500() throws Exception {
    WebappSession chair = WebappSession.login(port, "alvkarleby-ordforande", "tasklist");
    String report = reportCharts.replace("/charts/", "");
    // Tomcat refuses an encoded slash or a NUL before any filter runs: a 400, never reaching us
    for (String refused : List.of(report + "/charts/..%2F..%2Fetc%2Fpasswd",
        report + "/charts/problems.png%00")) {
      assertThat(chair.get(refused).statusCode()).as(refused).isEqualTo(400);
    }
    List<String> paths = List.of(report + "/charts/map.png", report + "/charts/problems.PNG",
        report + "/charts/problems", report + "/charts/survey.png", surveyCharts + "problems.png",
        report + "/charts/problems.png;jsessionid=x", report + "/charts/", report + "/charts",
        report + "/charts/problems.png/", report + "/charts/a/problems.png", report + "/charts/alert(1).png",
        report + "/charts/%3Cscript%3Ealert(1)%3C%3Cscript%3E.png",
        report + "/charts/" + "a".repeat(5000) + ".png", "/documents/situation-report:abc/charts/problems.png",
        "/documents/situation-report:-1/charts/problems.png",
        "/documents/situation-report:99999999999999999999/charts/problems.png",
        "/documents/situation-report:1%20or%201=1/charts/problems.png", "/documents/direction-decision:1/charts/problems.png",
        "/documents/annual-assessment:x/charts/survey.png", "/documents/" + "situation-report:1".repeat(300) + "/charts/x.png");
    List<String> wrong = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> response = chair.get(path);
      String body = response.body();
      String message = body.startsWith("{") ? JSON.readTree(body).path("message").asText() : "";
      boolean swedish = message.matches("(?s).*[åäöÅÄÖ].*") && !body.contains("\tat ");
      if (response.statusCode() < 400 || response.statusCode() >= 500 || !swedish) {
        wrong.add(response.statusCode() + " " + path.substring(0, Math.min(80, path.length())) + ": "
            + body.substring(0, Math.min(200, body.length())));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(message(chair.get(report + "/charts/map.png")))
        .isEqualTo("Det finns inget diagram med det namnet. Välj indicators.png, categories.png, problems.png.");
  }

  @Test
  void withoutTheWebappLoginNothingIsServed() {
    Rest.Response anonymous = Rest.anonymous(port).get(reportCharts + "problems.png");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.message()).contains("Logga in i Tasklist");
    assertThat(Rest.as(port, "alvkarleby-ordforande").get(reportCharts + "problems.png").status())
        .as("HTTP Basic is not the webapp session").isEqualTo(401);
    assertThat(Rest.anonymous(port).get(surveyCharts + "survey.png").status()).isEqualTo(401);
  }

  @Test
  void theDashboardLinksTheChartsOfACompiledReport() throws Exception {
    HttpResponse<String> cycles = WebappSession.login(port, "alvkarleby-samordnare", "cockpit")
        .get("/camunda/api/cockpit/plugin/direction-cycle/default/cycles");
    assertThat(cycles.statusCode()).isEqualTo(200);
    JsonNode row = null;
    for (JsonNode r : JSON.readTree(cycles.body())) {
      if (r.path("businessKey").asText().equals("alvkarleby-" + YEAR + "-Q1")) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.path("charts").findValuesAsText("href")).containsExactly(reportCharts + "problems.png",
        reportCharts + "categories.png", reportCharts + "indicators.png");
    assertThat(row.path("charts").findValuesAsText("alt")).allSatisfy(alt -> assertThat(alt).isNotBlank());
  }

  private static void assertPng(HttpResponse<byte[]> response, String what) throws Exception {
    assertThat(response.statusCode()).as(what).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("image/png");
    assertThat(response.headers().firstValue("Cache-Control")).as(what).hasValueSatisfying(
        value -> assertThat(value).contains("private").doesNotContain("public"));
    assertThat(response.body()).as(what).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    assertThat(ImageIO.read(new ByteArrayInputStream(response.body())).getWidth()).as(what).isEqualTo(1000);
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).path("message").asText();
  }

  private static byte[] survey(int year) throws Exception {
    String text = Files.readString(Path.of("docs/samples/safety-survey.csv"), StandardCharsets.UTF_8);
    return text.replace("\n2024;", "\n" + year + ";").getBytes(StandardCharsets.UTF_8);
  }
}

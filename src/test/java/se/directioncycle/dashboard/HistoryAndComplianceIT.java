package se.directioncycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.intervention;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.WebappSession;

/**
 * The coordinators' history and compliance views in Cockpit: a closed Kalix quarter shows in Kalix's history for
 * its year with its decision's document, not in another year's and not to Älvkarleby's coordinator; the
 * compliance view and its PDF name each obligation of SFS 2023:196 with its evidence or what is missing.
 */
@IntegrationTest
class HistoryAndComplianceIT {

  private static final int YEAR = 2079;
  private static final String PLUGIN = "/camunda/api/cockpit/plugin/direction-cycle/default/";

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void aClosedQuarterStaysInItsYearsHistoryAndIsEvidenceInTheComplianceReport() throws Exception {
    String cycle = closeOneKalixQuarter();

    WebappSession kalix = WebappSession.login(port, "kalix-samordnare", "cockpit");
    JsonNode history = only(json(kalix, "history?year=" + YEAR), "kalix");
    assertThat(history.path("municipality").asText()).isEqualTo("Kalix");
    assertThat(history.path("years").toString()).contains(String.valueOf(YEAR));
    JsonNode closed = find(history.path("cycles"), cycle);
    assertThat(closed.path("period").asText()).isEqualTo(YEAR + " kvartal 1");
    assertThat(closed.path("closedOn").asText()).startsWith(YEAR + "-0");
    assertThat(closed.path("decision").asText()).startsWith("BRÅ " + (YEAR - 1) + "/").endsWith("§ 21");
    assertThat(closed.path("meetingDate").asText()).isEqualTo((YEAR - 1) + "-12-12");
    String decisionLink = link(closed.path("documents"), "Inriktningsbeslut BRÅ");
    assertThat(decisionLink).startsWith("/documents/direction-decision:");
    assertThat(closed.path("documents").toString()).contains("Lägesbild " + YEAR + " kvartal 1",
        "Kvartalsrapport till kommunstyrelsen " + YEAR + " kvartal 1");
    HttpResponse<byte[]> decision = kalix.getBytes(decisionLink);
    assertThat(decision.statusCode()).as("the decision's document downloads with the same login").isEqualTo(200);
    assertThat(text(decision.body())).contains("Inriktningsbeslut", "Trygghetsvandring i Töre");
    HttpResponse<byte[]> boardReport = kalix.getBytes(link(closed.path("documents"), "Kvartalsrapport till kommunstyrelsen"));
    assertThat(boardReport.statusCode()).as("the board report's link (board_report:<id>) downloads too").isEqualTo(200);

    assertThat(only(json(kalix, "history?year=" + (YEAR + 1)), "kalix").path("cycles").toString())
        .as("searched by year: not in the next one").doesNotContain(cycle);
    WebappSession alvkarleby = WebappSession.login(port, "alvkarleby-samordnare", "cockpit");
    assertThat(json(alvkarleby, "history?year=" + YEAR).toString()).as("another municipality's coordinator")
        .doesNotContain(cycle).doesNotContain("Kalix");
    assertThat(alvkarleby.get(PLUGIN + "compliance-report?municipality=kalix&year=" + YEAR).statusCode())
        .as("nor its compliance report").isEqualTo(404);
    assertThat(json(WebappSession.login(port, "admin", "cockpit"), "history?year=" + YEAR).toString())
        .as("the administrator sees every municipality").contains(cycle, "Älvkarleby");

    JsonNode compliance = only(json(kalix, "compliance?year=" + YEAR), "kalix");
    assertThat(compliance.path("obligations")).extracting(o -> o.path("code").asText()).containsExactly(
        "COORDINATOR", "SITUATION_PICTURE", "ACTION_PLAN", "FOLLOW_UP", "POLICE_COOPERATION");
    JsonNode coordinator = obligation(compliance, "COORDINATOR");
    assertThat(coordinator.path("met").asBoolean()).isTrue();
    assertThat(coordinator.path("evidence").toString()).contains("Samordnare: ");
    JsonNode situation = obligation(compliance, "SITUATION_PICTURE");
    assertThat(situation.path("met").asBoolean()).isTrue();
    assertThat(link(situation.path("evidence"), "Lägesbild " + YEAR + " kvartal 1")).startsWith("/documents/situation-report:");
    JsonNode plan = obligation(compliance, "ACTION_PLAN");
    assertThat(plan.path("met").asBoolean()).as("no annual assessment for the year").isFalse();
    assertThat(plan.path("missing").asText()).contains("Ingen åtgärdsplan för " + YEAR, "ersätter inte styrelsens beslut");
    assertThat(plan.path("evidence").toString()).contains(decisionLink);
    JsonNode followUp = obligation(compliance, "FOLLOW_UP");
    assertThat(followUp.path("met").asBoolean()).isTrue();
    assertThat(followUp.path("evidence").toString()).contains("/documents/board_report:");
    assertThat(obligation(compliance, "POLICE_COOPERATION").path("missing").asText())
        .contains("Ingen samverkansöverenskommelse med Polisen gäller under " + YEAR);

    HttpResponse<byte[]> pdf = kalix.getBytes(PLUGIN + "compliance-report?municipality=kalix&year=" + YEAR);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).contains("efterlevnad-sfs-2023-196-kalix-" + YEAR + ".pdf"));
    assertThat(text(pdf.body())).contains("Kommunens ansvar för brottsförebyggande arbete, " + YEAR,
        "lag (2023:196)", "Uppfyllda skyldigheter: 3 av 5",
        "Samordningsfunktion", "Lägesbild", "Åtgärdsplan beslutad av kommunstyrelsen", "Uppföljning",
        "Samverkan med Polisen", "Bedömning: Uppfyllt", "Bedömning: Saknas",
        "Saknas: Ingen åtgärdsplan för " + YEAR, "Lägesbild " + YEAR + " kvartal 1 – Kalix (godkänd)");
  }

  @Test
  void aWrongYearIsRefusedInSwedishAndAnAdministratorMustChooseTheMunicipality() throws Exception {
    WebappSession kalix = WebappSession.login(port, "kalix-samordnare", "cockpit");
    for (String what : List.of("history", "compliance", "compliance-report")) {
      HttpResponse<String> response = kalix.get(PLUGIN + what + "?year=tjugo");
      assertThat(response.statusCode()).as(what).isEqualTo(400);
      assertThat(response.body()).as(what).contains("ska vara ett årtal med fyra siffror");
    }
    HttpResponse<String> admin = WebappSession.login(port, "admin", "cockpit").get(PLUGIN + "compliance-report?year=" + YEAR);
    assertThat(admin.statusCode()).isEqualTo(400);
    assertThat(admin.body()).contains("Välj kommun");
    assertThat(WebappSession.login(port, "kalix-skola", "tasklist").get(PLUGIN + "compliance?year=" + YEAR).statusCode())
        .as("a member has no dashboard").isEqualTo(403);
  }

  /** Kalix's first quarter of the year: situation report, decision, then closed at the quarter's end. */
  private String closeOneKalixQuarter() {
    engine.setClock(at(YEAR - 1, 12, 1, 9, 0));
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    String cycle = kalix.open(YEAR, 1);
    engine.runDueJobs(cycle);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of(observation("KLOTTER", "Töre", 2, "Klotter vid stationen")));
    }
    engine.runDueJobs(cycle);
    kalix.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    kalix.propose(cycle, List.of(intervention("Trygghetsvandring i Töre", "police", YEAR + "-01-01", YEAR + "-03-31")));
    kalix.chairApproves(cycle, (YEAR - 1) + "-12-12", 21);
    engine.runDueJobs(cycle);
    engine.setClock(at(YEAR, 4, 1, 0, 5));
    engine.runDueJobs(cycle);
    return cycle;
  }

  private JsonNode json(WebappSession session, String what) throws Exception {
    HttpResponse<String> response = session.get(PLUGIN + what);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static JsonNode only(JsonNode rows, String municipalityId) {
    assertThat(rows).as("one entry per municipality of the caller").hasSize(1);
    assertThat(rows.get(0).path("municipalityId").asText()).isEqualTo(municipalityId);
    return rows.get(0);
  }

  private static JsonNode find(JsonNode rows, String businessKey) {
    for (JsonNode row : rows) {
      if (row.path("businessKey").asText().equals(businessKey)) {
        return row;
      }
    }
    throw new AssertionError(businessKey + " not in " + rows);
  }

  private static JsonNode obligation(JsonNode report, String code) {
    for (JsonNode obligation : report.path("obligations")) {
      if (obligation.path("code").asText().equals(code)) {
        return obligation;
      }
    }
    throw new AssertionError(code + " not in " + report);
  }

  /** The link of the first entry whose title or text starts with the given words. */
  private static String link(JsonNode entries, String startOfTitle) {
    for (JsonNode entry : entries) {
      String title = entry.has("title") ? entry.path("title").asText() : entry.path("text").asText();
      if (title.startsWith(startOfTitle)) {
        return entry.path("href").asText();
      }
    }
    throw new AssertionError(startOfTitle + " not in " + entries);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
  }
}

package se.directioncycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.direction.DecisionDocument;
import se.directioncycle.direction.DecisionStatus;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.document.PublicDocument;
import se.directioncycle.document.PublicDocuments;
import se.directioncycle.notification.Notifications;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * Two consecutive Älvkarleby quarters run by the demo people through the REST API Tasklist uses,
 * with a Kalix quarter alongside: the second quarter evaluates the first quarter's interventions
 * with their follow-up reports, and neither municipality sees the other's work.
 */
@IntegrationTest
class QuarterFlowIT {

  private static final int YEAR = 2041;

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  CycleRepository cycles;
  @Autowired
  DirectionDecisionService decisions;
  @Autowired
  Notifications notifications;
  @Autowired
  HistoryService historyService;
  @Autowired
  PublicDocuments documents;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void twoAlvkarlebyQuartersWithKalixAlongside() throws Exception {
    engine.setClock(at(YEAR - 1, 12, 1));
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    QuarterScenario kalix = new QuarterScenario(port, "kalix");

    // --- Q1: situation report -----------------------------------------------------------------
    String q1 = alvkarleby.open(YEAR, 1);
    String kalixQ1 = kalix.open(YEAR, 1);
    assertThat(q1).isEqualTo("alvkarleby-" + YEAR + "-Q1");
    engine.runDueJobs(q1, kalixQ1);

    assertThat(alvkarleby.as("skola").tasks(q1, SUBMIT)).hasSize(1);
    assertThat(alvkarleby.as("samordnare").tasks(q1, SUBMIT)).as("coordinator sees all member tasks").hasSize(7);
    for (String member : List.of("skola", "fritid", "ifo", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(q1, member, List.of(
          observation("KLOTTER", "Skutskär", 2, "Klotter på busskuren vid torget"),
          observation("BUSKORNING_MOPED_ATRAKTOR", "Skutskär", 3, "Buskörning på parkeringen kvällstid")));
    }
    alvkarleby.submitSituationInput(q1, "kommunpolis", List.of(
        observation("KLOTTER", "Gårdskär", 1, "Klotter vid badplatsen")));
    kalix.submitSituationInput(kalixQ1, "skola", List.of());
    engine.runDueJobs(q1, kalixQ1);

    // nothing of Kalix is visible to Älvkarleby, and the other way round
    assertThat(alvkarleby.as("samordnare").tasks(kalixQ1)).isEmpty();
    assertThat(kalix.as("samordnare").tasks(q1)).isEmpty();
    assertThat(Rest.as(port, "kalix-samordnare").get("/engine-rest/process-instance?businessKey=" + q1).json())
        .isEmpty();
    assertThat(Rest.as(port, "alvkarleby-samordnare").get("/api/cycles").body()).doesNotContain("kalix");

    alvkarleby.approveSituationReport(q1);
    engine.runDueJobs(q1);
    assertThat(alvkarleby.as("ifo").tasks(q1, EVALUATE)).as("first quarter: nothing to evaluate").isEmpty();

    // --- Q1: direction decision, returned once ------------------------------------------------
    List<Map<String, Object>> q1Interventions = List.of(
        intervention("Riktade trafikkontroller i centrum", "police", YEAR + "-01-01", YEAR + "-03-31"),
        intervention("Snabbsanering av klotter", "housing", YEAR + "-01-01", YEAR + "-03-31"));
    alvkarleby.propose(q1, q1Interventions);
    Tasklist chair = alvkarleby.as("ordforande");
    assertThat(chair.formVariables(chair.task(q1, DECIDE)).path("rankedProblemsText").path("value").asText())
        .as("the chair sees the ranked problems with the rule behind each")
        .contains("1. **", "2. **", "**Klotter**");
    alvkarleby.chairReturns(q1, "Lägg till en insats från fritid.");
    Tasklist coordinator = alvkarleby.as("samordnare");
    JsonNode context = jsonVariable(coordinator.formVariables(coordinator.task(q1, PROPOSE)), "proposalContext");
    assertThat(context.path("chairComment").asText()).isEqualTo("Lägg till en insats från fritid.");
    alvkarleby.propose(q1, List.of(q1Interventions.get(0), q1Interventions.get(1),
        intervention("Fältvandring fredagskvällar", "leisure", YEAR + "-01-01", YEAR + "-03-31")));
    assertThat(chair.formVariables(chair.task(q1, DECIDE)).path("chairComment").path("value").asText())
        .as("the returned comment is not carried into the next decision").isEmpty();
    alvkarleby.chairApproves(q1, YEAR - 1 + "-12-12", 14);
    engine.runDueJobs(q1);

    var decision = decisions.decisionOf(cycles.findByBusinessKey(q1).orElseThrow().getId()).orElseThrow();
    assertThat(decision.getStatus()).isEqualTo(DecisionStatus.REGISTERED);
    assertThat(decision.getDecisionNumber()).startsWith("BRÅ " + (YEAR - 1) + "/");
    assertThat(DecisionDocument.isIntact(decision)).isTrue();
    assertThat(decision.getDocument()).contains("Fältvandring fredagskvällar", "§ 14");
    assertThat(notifications.recorded("alvkarleby", "decision-registered"))
        .extracting(n -> n.getRecipientGroup())
        .contains("alvkarleby-police", "alvkarleby-housing", "alvkarleby-leisure");

    // --- Q1: follow-up during the quarter ------------------------------------------------------
    engine.advance(Duration.ofDays(15));
    engine.runDueJobs(q1);
    Tasklist police = alvkarleby.as("kommunpolis");
    police.complete(police.task(q1, REPORT), Map.of("trafficLight", "green", "progressCount", 3L,
        "statusComment", "Tre kontroller genomförda"));
    Tasklist housing = alvkarleby.as("bostad");
    housing.complete(housing.task(q1, REPORT), Map.of("trafficLight", "red", "progressCount", 0L,
        "statusComment", "Saneringsfirman har inte levererat"));
    engine.runDueJobs(q1);
    assertThat(coordinator.tasks(q1, HANDLE_RED)).as("red report escalated to the coordinator").hasSize(1);

    // --- Q2 opens before Q1 ends: evaluation of Q1 ---------------------------------------------
    engine.setClock(at(YEAR, 3, 10));
    String q2 = alvkarleby.open(YEAR, 2);
    engine.runDueJobs(q2);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(q2, member, List.of(
          observation("KLOTTER", "Skutskär", 2, "Nytt klotter på skolans gavel")));
    }
    engine.runDueJobs(q2);
    alvkarleby.approveSituationReport(q2);
    engine.runDueJobs(q2);

    String evaluationTask = police.task(q2, EVALUATE);
    String summary = police.formVariables(evaluationTask).path("interventionSummary").path("value").asText();
    assertThat(summary).contains("Riktade trafikkontroller i centrum", "grön", "Tre kontroller genomförda");
    String housingEvaluation = housing.task(q2, EVALUATE);
    assertThat(housing.formVariables(housingEvaluation).path("interventionSummary").path("value").asText())
        .contains("Snabbsanering av klotter", "röd", "Saneringsfirman har inte levererat");
    police.complete(evaluationTask, evaluation("green", "continue"));
    housing.complete(housingEvaluation, evaluation("red", "adjust"));
    Tasklist leisure = alvkarleby.as("fritid");
    leisure.complete(leisure.task(q2, EVALUATE), evaluation("yellow", "stop"));
    engine.runDueJobs(q2);

    // the intervention recommended "continue" is carried over into the proposal
    JsonNode proposal = jsonVariable(coordinator.formVariables(coordinator.task(q2, PROPOSE)), "directionProposal");
    assertThat(proposal.toString()).contains("Riktade trafikkontroller i centrum").doesNotContain("Snabbsanering");

    // --- Q1 closes at quarter end ---------------------------------------------------------------
    engine.setClock(at(YEAR, 4, 1, 0, 5));
    engine.runDueJobs(q1);
    Cycle closed = cycles.findByBusinessKey(q1).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(CycleStatus.CLOSED);
    assertThat(closed.getBoardSummary()).contains("Kvartalsrapport till kommunstyrelsen", "Riktade trafikkontroller");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(q1)
        .processDefinitionKey("QuarterlyDirectionCycle").finished().count()).isEqualTo(1);

    // --- each phase left its public document ------------------------------------------------------
    assertThat(documents.ofCycle(closed.getId())).extracting(PublicDocument::getKind)
        .containsExactly(PublicDocument.Kind.SITUATION_REPORT, PublicDocument.Kind.DIRECTION_DECISION,
            PublicDocument.Kind.BOARD_REPORT);
    long q2Id = cycles.findByBusinessKey(q2).orElseThrow().getId();
    assertThat(documents.ofCycle(q2Id)).extracting(PublicDocument::getKind)
        .containsExactly(PublicDocument.Kind.SITUATION_REPORT, PublicDocument.Kind.EVALUATION);
    assertThat(pdfText(documents.ofCycle(closed.getId()).get(2)))
        .contains("Kvartalsrapport till kommunstyrelsen " + YEAR + " kvartal 1", "Riktade trafikkontroller i centrum");
    assertThat(pdfText(documents.ofCycle(q2Id).get(1)))
        .contains("Utvärdering av föregående kvartal", "Gröna 33 %", "röda 33 %");
  }

  private static String pdfText(PublicDocument document) throws java.io.IOException {
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(document.getContent())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private static Map<String, Object> evaluation(String light, String recommendation) {
    return Map.of("implementationStatus", "done", "trafficLight", light,
        "outputAgainstTarget", "5 av 6 planerade tillfällen", "observedEffect", "Färre rapporter kvällstid",
        "recommendation", recommendation, "lessons", "Samordna med fritid tidigare");
  }

  private static Date at(int year, int month, int day) {
    return at(year, month, day, 9, 0);
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
  }
}

package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.DECIDE;
import static se.directioncycle.support.QuarterScenario.PROPOSE;
import static se.directioncycle.support.QuarterScenario.REPORT;
import static se.directioncycle.support.QuarterScenario.intervention;
import static se.directioncycle.support.QuarterScenario.jsonVariable;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;
import se.directioncycle.support.WebappSession;

/**
 * A whole Kalix promise period 2099–2100 through HTTP, as the demo people work in Tasklist, with the engine
 * clock moved: the dialogues, the analysis from the quarters before, focus areas, a draft returned by the
 * steering group, a refused and then a given signature, publication, two quarterly cycles whose interventions
 * count towards commitments, both yearly follow-ups and the feedback report – checked in the open data, where
 * a draft never appears. One commitment is qualitative and shared by the police, the municipality and a named
 * partner: the police judge it "delvis" with a narrative, and both answering parties comment on it. Kalix 2097–2100 quarters 2098 Q2, 2099 Q3 and 2100 Q1 and promise periods starting 2063,
 * 2065 and 2099 are used only here; its decisions come after every other test's Kalix quarter (2099 Q1 is the
 * last), so no other test finds them as "the previous decision".
 */
@IntegrationTest
class CitizenPromisePeriodIT {

  private static final String KEY = "kalix-2099-2100";
  private static final String DRAFT_KEY = "kalix-2063-2064";
  private static final String DIALOGUE = "UserTask_RecordDialogue";
  private static final String FOCUS = "UserTask_DecideFocusAreas";
  private static final String DRAFT = "UserTask_DraftPromises";
  private static final String REVIEW = "UserTask_ReviewPromises";
  private static final String SIGN_COMMISSIONER = "UserTask_SignAsCommissioner";
  private static final String SIGN_POLICE_CHIEF = "UserTask_SignAsPoliceChief";
  private static final String JUDGE = "UserTask_JudgeCommitment";
  private static final String COMMENT = "UserTask_CommentProgress";
  private static final String FEEDBACK = "UserTask_WriteFeedbackReport";

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  PromisePeriodRepository periods;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void aKalixPromisePeriodFromDialoguesToFeedbackWithProgressFromLinkedInterventions() {
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    Tasklist coordinator = kalix.as("samordnare");
    Tasklist police = kalix.as("kommunpolis");
    Rest anonymous = Rest.anonymous(port);

    // the quarter before the period: what the statistics analysis rests on
    engine.setClock(at(2098, 3, 1));
    String before = kalix.open(2098, 2);
    engine.runDueJobs(before);
    for (String member : List.of("skola", "fritid", "ifo", "bostad")) {
      kalix.submitSituationInput(before, member, List.of(
          observation("BUSKORNING_MOPED_ATRAKTOR", "Kalix centrum", 3, "Buskörning med A-traktorer på torget"),
          observation("KLOTTER", "Töre", 1, "Klotter vid busshållplatsen")));
    }
    kalix.submitSituationInput(before, "kommunpolis", List.of(
        observation("BUSKORNING_MOPED_ATRAKTOR", "Nyborg", 3, "Buskörning vid skolan kvällstid")));
    engine.runDueJobs(before);

    // (1) the coordinator starts the period; a duplicate, bad input and others are refused
    engine.setClock(at(2098, 9, 1));
    Rest coordinatorRest = Rest.as(port, "kalix-samordnare");
    Rest.Response started = coordinatorRest.post("/api/citizen-promise-periods", Map.of("firstMonth", "2099-01", "lengthInMonths", 24));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().path("businessKey").asText()).isEqualTo(KEY);
    Rest.Response duplicate = coordinatorRest.post("/api/citizen-promise-periods", Map.of("firstMonth", "2099-01", "lengthInMonths", 24));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message()).isEqualTo("Det finns redan medborgarlöften för Kalix 2099–2100. "
        + "En kommun kan bara ha en löftesperiod som börjar ett visst år.");
    assertThat(coordinatorRest.post("/api/citizen-promise-periods",
        Map.of("firstMonth", "nästa", "lengthInMonths", 24)).message()).contains("«Första månad» ska skrivas som år och månad, ÅÅÅÅ-MM");
    assertThat(coordinatorRest.post("/api/citizen-promise-periods", "application/json", "{\"firstMonth\":".getBytes())
        .status()).isEqualTo(400);
    assertThat(Rest.as(port, "kalix-skola").post("/api/citizen-promise-periods", Map.of("firstMonth", "2065-01", "lengthInMonths", 24)).status())
        .isEqualTo(403);
    assertThat(anonymous.post("/api/citizen-promise-periods", Map.of("firstMonth", "2065-01", "lengthInMonths", 24)).status()).isEqualTo(401);
    assertThat(periods.findByBusinessKey("kalix-2065-2066")).isEmpty();
    engine.runDueJobs(KEY);
    assertThat(dashboard("kalix-samordnare")).as("the coordinators' Cockpit dashboard")
        .contains(KEY, "Förbereds", "Dokumentera medborgardialog");
    assertThat(dashboard("alvkarleby-samordnare")).doesNotContain(KEY);

    // (2) three dialogues, in aggregate; personal data and future dates are refused
    List<JsonNode> dialogues = coordinator.tasks(KEY, DIALOGUE);
    assertThat(dialogues).hasSize(3);
    assertThat(police.tasks(KEY, DIALOGUE)).as("the community police records dialogues too").hasSize(3);
    assertThat(Tasklist.as(port, "alvkarleby-samordnare").tasks(KEY)).as("another municipality sees nothing").isEmpty();
    String first = dialogues.get(0).path("id").asText();
    assertThat(dialogues).extracting(t -> t.path("name").asText()).containsExactlyInAnyOrder(
        "Dokumentera medborgardialog – Kalix 2099–2100", "Dokumentera medarbetardialog – Kalix 2099–2100",
        "Dokumentera rådets underlag – Kalix 2099–2100");
    Map<String, Object> bad = dialogue("2098-08-20");
    bad.put("themesRaised", "Ring 070-123 45 67 om buskörningen");
    bad.put("participants", 0L);
    Rest.Response refused = coordinator.submit(first, bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("«Teman som togs upp»", "telefonnummer", "«Antal deltagare» måste vara mellan 1");
    assertThat(coordinator.submit(first, dialogue("2098-09-30")).message()).contains("«Datum» får inte vara i framtiden");
    Map<String, Object> sneaky = dialogue("2098-08-20");
    sneaky.put("commissionerGroup", "kalix-skola");
    assertThat(coordinator.submit(first, sneaky).status()).as("a form cannot overwrite the groups").isEqualTo(400);
    for (JsonNode task : dialogues) {
      String label = coordinator.formVariables(task.path("id").asText()).path("dialogueLabel").path("value").asText();
      assertThat(label).isIn("Medborgardialog", "Medarbetardialog", "Rådets underlag");
      (label.equals("Medarbetardialog") ? police : coordinator).complete(task.path("id").asText(), dialogue("2098-08-20"));
    }
    engine.runDueJobs(KEY);

    // (3) the analysis ranks buskörning first; the coordinator and the police decide two focus areas
    String focusTask = coordinator.task(KEY, FOCUS);
    JsonNode focusForm = coordinator.formVariables(focusTask);
    assertThat(focusForm.path("statisticsAnalysis").path("value").asText())
        .contains("Statistikanalys inför medborgarlöften 2099–2100 – Kalix", "1. Buskörning", "Årets lägesbild 2098");
    assertThat(jsonVariable(focusForm, "focusAreas").toString()).startsWith("[\"BUSKORNING_MOPED_ATRAKTOR\"");
    assertThat(coordinator.submit(focusTask, Map.of("focusAreas", new Tasklist.Json("[\"KLOTTER\",\"OKAND\"]")))
        .message()).contains("«Fokusområden» har ett värde som inte finns bland valen");
    police.complete(focusTask, Map.of("focusAreas", new Tasklist.Json("[\"BUSKORNING_MOPED_ATRAKTOR\",\"KLOTTER\"]"),
        "focusMotivation", "Dialogerna bekräftar statistiken."));

    // (4) a draft: a theme must answer a decided focus area; the steering group returns it once
    String draftTask = coordinator.task(KEY, DRAFT);
    JsonNode context = jsonVariable(coordinator.formVariables(draftTask), "promiseDraftContext");
    assertThat(context.path("focusAreas")).hasSize(2);
    Rest.Response wrongFocus = coordinator.submit(draftTask, draft("SKADEGORELSE", 150));
    assertThat(wrongFocus.status()).isEqualTo(400);
    assertThat(wrongFocus.message()).contains("«Tema 1 – Fokusområde» har ett värde som inte finns bland valen");
    assertThat(coordinator.submit(draftTask, draft("BUSKORNING_MOPED_ATRAKTOR", 0)).message())
        .contains("«Tema 1 – Åtagande 1 – Mål per år» måste vara mellan 1 och 100000");
    coordinator.complete(draftTask, draft("BUSKORNING_MOPED_ATRAKTOR", 100));
    Tasklist steering = kalix.as("kommunalrad"); // the commissioner sits in the steering group
    String reviewTask = steering.task(KEY, REVIEW);
    assertThat(steering.formVariables(reviewTask).path("promiseSummary").path("value").asText())
        .contains("Polisen lovar: Riktade insatser mot buskörning", "mål 100 insatser per år");
    assertThat(steering.submit(reviewTask, Map.of("reviewDecision", "return")).message())
        .contains("«Kommentar» måste fyllas i");
    steering.complete(reviewTask, Map.of("reviewDecision", "return", "reviewComment", "Höj polisens mål."));
    assertThat(anonymous.get("/open-data/citizen-promises/" + KEY).status()).as("a draft is not open data").isEqualTo(404);

    draftTask = coordinator.task(KEY, DRAFT);
    assertThat(jsonVariable(coordinator.formVariables(draftTask), "promiseDraftContext").path("reviewComment").asText())
        .isEqualTo("Höj polisens mål.");
    coordinator.complete(draftTask, draft("BUSKORNING_MOPED_ATRAKTOR", 120));
    steering.complete(steering.task(KEY, REVIEW), Map.of("reviewDecision", "approve"));

    // (5) two signatures in parallel: the police chief refuses first, then both sign
    Tasklist commissioner = kalix.as("kommunalrad");
    Tasklist policeChief = kalix.as("lpo-chef");
    assertThat(coordinator.tasks(KEY, SIGN_COMMISSIONER)).as("nobody else can sign").allSatisfy(t -> assertThat(
        coordinator.submit(t.path("id").asText(), Map.of("signature", "sign")).status()).isEqualTo(403));
    commissioner.complete(commissioner.task(KEY, SIGN_COMMISSIONER), Map.of("signature", "sign"));
    String chiefTask = policeChief.task(KEY, SIGN_POLICE_CHIEF);
    assertThat(policeChief.submit(chiefTask, Map.of("signature", "refuse")).message()).contains("«Skäl» måste fyllas i");
    policeChief.complete(chiefTask, Map.of("signature", "refuse", "refusalReason", "Trafikmålet saknar indikator per ort."));
    engine.runDueJobs(KEY);
    assertThat(periods.findByBusinessKey(KEY).orElseThrow().getStatus()).isEqualTo(PromisePeriodStatus.PREPARING);
    assertThat(commissioner.tasks(KEY, SIGN_COMMISSIONER)).isEmpty();
    draftTask = coordinator.task(KEY, DRAFT);
    assertThat(jsonVariable(coordinator.formVariables(draftTask), "promiseDraftContext").path("refusalReason").asText())
        .isEqualTo("Lokalpolisområdeschefen: Trafikmålet saknar indikator per ort.");
    coordinator.complete(draftTask, draft("BUSKORNING_MOPED_ATRAKTOR", 120));
    steering.complete(steering.task(KEY, REVIEW), Map.of("reviewDecision", "approve"));
    policeChief.complete(policeChief.task(KEY, SIGN_POLICE_CHIEF), Map.of("signature", "sign"));
    engine.runDueJobs(KEY);
    assertThat(anonymous.get("/open-data/citizen-promises/" + KEY).status()).as("one signature is not enough")
        .isEqualTo(404);
    commissioner.complete(commissioner.task(KEY, SIGN_COMMISSIONER), Map.of("signature", "sign"));
    engine.runDueJobs(KEY);

    PromisePeriod inForce = periods.findByBusinessKey(KEY).orElseThrow();
    assertThat(inForce.getStatus()).isEqualTo(PromisePeriodStatus.IN_FORCE);
    assertThat(inForce.getCommissionerSignedBy()).isEqualTo("kalix-kommunalrad");
    assertThat(inForce.getPoliceChiefSignedBy()).isEqualTo("kalix-lpo-chef");
    assertThat(inForce.getDraftRevision()).isEqualTo(3);
    assertThat(dashboard("kalix-samordnare")).contains(KEY, "Gäller", "Årlig uppföljning");
    JsonNode published = anonymous.get("/open-data/citizen-promises/" + KEY).json();
    assertThat(published.path("status").asText()).isEqualTo("IN_FORCE");
    assertThat(published.path("themes").path(0).path("commitments")).hasSize(3);
    JsonNode shared = published.path("themes").path(0).path("commitments").path(2);
    assertThat(shared.path("kind").asText()).isEqualTo("QUALITATIVE");
    assertThat(shared.path("yearlyTarget").isNull()).isTrue();
    assertThat(shared.path("partyNames").asText()).isEqualTo("Polisen, Kommunen och Kalixbo");
    assertThat(shared.path("parties")).extracting(p -> p.path("party").asText())
        .containsExactly("POLICE", "MUNICIPALITY", "PARTNER");
    long policeCommitment = commitmentId(published, "POLICE");
    long partnerCommitment = commitmentId(published, "PARTNER");

    // an unpublished draft of the next period never appears in the open data
    engine.setClock(at(2098, 10, 1));
    assertThat(coordinatorRest.post("/api/citizen-promise-periods",
        Map.of("firstMonth", "2063-01", "lengthInMonths", 24)).status()).isEqualTo(201);
    Rest.Response list = anonymous.get("/open-data/citizen-promises");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains(KEY).doesNotContain(DRAFT_KEY).doesNotContain("kalix-kommunalrad", "kalix-lpo-chef");
    assertThat(anonymous.get("/open-data/citizen-promises/" + DRAFT_KEY).status()).isEqualTo(404);
    assertThat(coordinatorRest.get("/api/citizen-promise-periods").body()).contains(KEY, DRAFT_KEY);
    assertThat(Rest.as(port, "alvkarleby-samordnare").get("/api/citizen-promise-periods").body()).doesNotContain(KEY);
    assertThat(Rest.as(port, "alvkarleby-samordnare").get("/api/citizen-promise-periods/" + KEY).status()).isEqualTo(404);
    assertThat(coordinatorRest.get("/api/citizen-promise-periods/%3Cscript%3E").status()).isEqualTo(404);
    assertThat(anonymous.get("/api/citizen-promise-periods").status()).isEqualTo(401);

    // (6) year 1: a quarter whose interventions count towards the commitments
    engine.setClock(at(2099, 6, 1));
    String q2099 = quarterWithLinkedInterventions(kalix, 2099, 3, policeCommitment, partnerCommitment, 40, 2);

    // the yearly follow-up on 1 December counts 40 and 2; each party comments on its own commitments
    engine.setClock(at(2099, 12, 1));
    engine.runDueJobs(KEY);
    // the qualitative commitment is judged first, by its lead party (the police)
    assertThat(police.tasks(KEY, COMMENT)).as("the comments come after the judgement").isEmpty();
    String judgement = police.task(KEY, JUDGE);
    assertThat(police.formVariables(judgement).path("commitmentToJudge").path("value").asText())
        .contains("Polisen, Kommunen och Kalixbo lovar: Synlig närvaro i centrum helgkvällar");
    Rest.Response unjudged = police.submit(judgement, Map.of("commitmentOutcome", "kanske"));
    assertThat(unjudged.status()).isEqualTo(400);
    assertThat(unjudged.message()).contains("«Bedömning» har ett värde som inte finns bland valen",
        "«Beskrivning av årets arbete» måste fyllas i");
    police.complete(judgement, Map.of("commitmentOutcome", "partly",
        "commitmentNarrative", "Närvaro varannan helg; sommaren blev tunn."));
    engine.runDueJobs(KEY);
    String policeComment = police.task(KEY, COMMENT);
    assertThat(police.formVariables(policeComment).path("progressTable").path("value").asText())
        .contains("Polisen: Riktade insatser mot buskörning – 40 av 120 insatser (1 kopplade insatser)")
        .doesNotContain("Samverkanspart");
    assertThat(police.submit(policeComment, Map.of("progressComment", " ")).message())
        .contains("«Kommentar till uppföljningen» måste fyllas i");
    assertThat(police.submit(policeComment, Map.of("progressComment", "x".repeat(4001))).message())
        .contains("«Kommentar till uppföljningen» får vara högst 4000 tecken");
    police.complete(policeComment, Map.of("progressComment", "Färre insatser än planerat under sommaren."));
    coordinator.complete(onlyCoordinatorComment(coordinator), Map.of("progressComment", "Trygghetsvandringar enligt plan."));
    engine.runDueJobs(KEY);
    JsonNode year1 = anonymous.get("/open-data/citizen-promises/" + KEY).json();
    assertThat(progress(year1, "POLICE", 2099)).isEqualTo(40);
    assertThat(progress(year1, "PARTNER", 2099)).isEqualTo(2);
    assertThat(year1.toString()).contains("Färre insatser än planerat under sommaren.");
    JsonNode judged = year1.path("themes").path(0).path("commitments").path(2).path("progress").path(0);
    assertThat(judged.path("outcome").asText()).isEqualTo("PARTLY");
    assertThat(judged.path("outcomeLabel").asText()).isEqualTo("Delvis genomfört");
    assertThat(judged.path("narrative").asText()).isEqualTo("Närvaro varannan helg; sommaren blev tunn.");
    assertThat(judged.path("comments")).as("both answering parties comment a shared commitment")
        .extracting(c -> c.path("party").asText()).containsExactly("POLICE", "MUNICIPALITY");

    // (7) year 2: the next quarter (evaluating year 1's interventions first), then the final follow-up
    engine.setClock(at(2099, 12, 2));
    quarterWithLinkedInterventions(kalix, 2100, 1, policeCommitment, partnerCommitment, 55, 3);
    engine.setClock(at(2100, 12, 1));
    engine.runDueJobs(KEY);
    police.complete(police.task(KEY, JUDGE), Map.of("commitmentOutcome", "done",
        "commitmentNarrative", "Närvaro varje helg hela året."));
    engine.runDueJobs(KEY);
    police.complete(police.task(KEY, COMMENT), Map.of("progressComment", "Målet nåddes inte fullt ut."));
    coordinator.complete(onlyCoordinatorComment(coordinator), Map.of("progressComment", "Enligt plan."));
    engine.runDueJobs(KEY);

    String feedbackTask = coordinator.task(KEY, FEEDBACK);
    assertThat(coordinator.formVariables(feedbackTask).path("finalProgress").path("value").asText())
        .contains("Uppföljning 2099", "40 av 120", "Uppföljning 2100", "55 av 120",
            "Synlig närvaro i centrum helgkvällar – delvis genomfört: Närvaro varannan helg");
    assertThat(anonymous.get("/open-data/citizen-promises/" + KEY).json().path("feedbackReport").isNull())
        .as("the feedback report is published only when it is done").isTrue();
    Rest.Response personal = coordinator.submit(feedbackTask, Map.of("feedbackReport",
        "Frågor till samordnaren på 070-123 45 67."));
    assertThat(personal.status()).isEqualTo(400);
    assertThat(personal.message()).contains("«Återkoppling till medborgarna»", "telefonnummer");
    coordinator.complete(feedbackTask, Map.of("feedbackReport",
        "Vi lovade 120 insatser mot buskörning per år och genomförde 40 och 55. Arbetet fortsätter."));
    engine.runDueJobs(KEY);

    JsonNode closed = anonymous.get("/open-data/citizen-promises/" + KEY).json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(progress(closed, "POLICE", 2099)).isEqualTo(40);
    assertThat(progress(closed, "POLICE", 2100)).isEqualTo(55);
    assertThat(progress(closed, "PARTNER", 2100)).isEqualTo(3);
    assertThat(closed.path("feedbackReport").asText()).startsWith("Vi lovade 120 insatser");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY).count()).isZero();
    assertThat(dashboard("kalix-samordnare")).as("a closed period leaves the dashboard").doesNotContain(KEY);
    assertThat(q2099).isEqualTo("kalix-2099-Q3");
  }

  @Test
  void aHistoricPeriodFromTwoThousandSixteenCanBeRegisteredAndPeriodsAreOneToThreeYears() {
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    Rest.Response historic = coordinator.post("/api/citizen-promise-periods",
        Map.of("firstMonth", "2016-01", "lengthInMonths", 12));
    assertThat(historic.status()).as(historic.body()).isEqualTo(201);
    assertThat(historic.json().path("businessKey").asText()).isEqualTo("kalix-2016-2016");
    PromisePeriod period = periods.findByBusinessKey("kalix-2016-2016").orElseThrow();
    assertThat(period.getFirstMonth()).isEqualTo("2016-01");
    assertThat(period.getLastMonth()).isEqualTo("2016-12");
    assertThat(period.label()).isEqualTo("2016");
    JsonNode view = coordinator.get("/api/citizen-promise-periods/kalix-2016-2016").json();
    assertThat(view.path("firstMonth").asText()).isEqualTo("2016-01");
    assertThat(view.path("lastMonth").asText()).isEqualTo("2016-12");

    Rest.Response tooEarly = coordinator.post("/api/citizen-promise-periods",
        Map.of("firstMonth", "2014-12", "lengthInMonths", 12));
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.message()).contains("«Första månad» måste vara mellan 2015-01 och 2100-12.");
    Rest.Response tooLong = coordinator.post("/api/citizen-promise-periods",
        Map.of("firstMonth", "2017-09", "lengthInMonths", 48));
    assertThat(tooLong.message()).contains("«Antal månader» måste vara mellan 12 och 36.");
    assertThat(periods.findByBusinessKey("kalix-2017-2020")).isEmpty();
  }

  private String dashboard(String coordinator) {
    try {
      var response = WebappSession.login(port, coordinator, "cockpit")
          .get("/camunda/api/cockpit/plugin/direction-cycle/default/promise-periods");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return response.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens a quarter, decides two interventions linked to the commitments, reports progress. */
  private String quarterWithLinkedInterventions(QuarterScenario kalix, int year, int quarter, long policeCommitment,
      long partnerCommitment, long policeDone, long partnerDone) {
    String cycle = kalix.open(year, quarter);
    String first = java.time.LocalDate.of(year, quarter * 3 - 2, 1).toString();
    String last = java.time.LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1).toString();
    engine.runDueJobs(cycle);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of(
          observation("BUSKORNING_MOPED_ATRAKTOR", "Kalix centrum", 2, "Buskörning på torget")));
    }
    engine.runDueJobs(cycle);
    kalix.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    engine.evaluateEarlierInterventions(cycle);

    Tasklist coordinator = kalix.as("samordnare");
    JsonNode proposalContext = jsonVariable(coordinator.formVariables(coordinator.task(cycle, PROPOSE)), "proposalContext");
    assertThat(proposalContext.path("commitments").toString()).as("the commitments in force are offered")
        .contains("Medborgarlöfte 2099–2100", "Polisen: Riktade insatser mot buskörning");
    Map<String, Object> policeIntervention = intervention("Insatser mot buskörning", "police", first, last);
    policeIntervention.put("commitmentId", policeCommitment);
    Map<String, Object> housingIntervention = intervention("Trygghetsvandring", "housing", first, last);
    housingIntervention.put("commitmentId", 999_999_999L);
    Rest.Response unknownCommitment = coordinator.submit(coordinator.task(cycle, PROPOSE), Map.of("directionProposal",
        new Tasklist.Json(Rest.write(Map.of("focusAreas", List.of(area(proposalContext,
            List.of(policeIntervention, housingIntervention))))))));
    assertThat(unknownCommitment.message()).contains("«Fokusområde 1 – Insats 2 – Räknas mot medborgarlöfte» är inget åtagande");
    housingIntervention.put("commitmentId", partnerCommitment);
    kalix.propose(cycle, new ArrayList<>(List.of(policeIntervention, housingIntervention)));
    kalix.chairApproves(cycle, first, 7);
    engine.runDueJobs(cycle);

    engine.advance(Duration.ofDays(15));
    engine.runDueJobs(cycle);
    Tasklist police = kalix.as("kommunpolis");
    police.complete(police.task(cycle, REPORT), Map.of("trafficLight", "green", "progressCount", policeDone - 10,
        "statusComment", "Enligt plan"));
    Tasklist housing = kalix.as("bostad");
    housing.complete(housing.task(cycle, REPORT), Map.of("trafficLight", "green", "progressCount", partnerDone,
        "statusComment", "Enligt plan"));
    engine.runDueJobs(cycle);
    // a later report of the same intervention replaces the count: the latest "done so far" is what counts
    engine.advance(Duration.ofDays(30));
    engine.runDueJobs(cycle);
    List<JsonNode> later = police.tasks(cycle, REPORT);
    if (!later.isEmpty()) {
      police.complete(later.get(0).path("id").asText(), Map.of("trafficLight", "green", "progressCount", policeDone,
          "statusComment", "Enligt plan"));
    } else {
      throw new AssertionError("expected a second status report task for the police intervention");
    }
    engine.runDueJobs(cycle);
    return cycle;
  }

  private static Map<String, Object> area(JsonNode proposalContext, List<Map<String, Object>> interventions) {
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("title", "Minska buskörningen");
    area.put("problemCategory", proposalContext.path("rankedProblems").path(0).path("category").asText());
    area.put("goal", "Färre rapporter om buskörning.");
    area.put("interventions", interventions);
    return area;
  }


  private String onlyCoordinatorComment(Tasklist coordinator) {
    // the coordinator sees every task of the municipality; its own comment task is the one without the police's table
    return coordinator.tasks(KEY, COMMENT).stream().filter(t -> !coordinator.formVariables(t.path("id").asText())
        .path("progressTable").path("value").asText().contains("Polisen:")).findFirst().orElseThrow()
        .path("id").asText();
  }

  private static long commitmentId(JsonNode period, String party) {
    for (JsonNode c : period.path("themes").path(0).path("commitments")) {
      if (c.path("party").asText().equals(party)) {
        return c.path("id").asLong();
      }
    }
    throw new AssertionError("no " + party + " commitment in " + period);
  }

  private static long progress(JsonNode period, String party, int year) {
    for (JsonNode c : period.path("themes").path(0).path("commitments")) {
      if (c.path("party").asText().equals(party)) {
        for (JsonNode p : c.path("progress")) {
          if (p.path("year").asInt() == year) {
            return p.path("achieved").asLong();
          }
        }
      }
    }
    throw new AssertionError("no " + year + " progress of " + party + " in " + period);
  }

  private static Map<String, Object> dialogue(String heldOn) {
    Map<String, Object> dialogue = new LinkedHashMap<>();
    dialogue.put("dialogueMethod", "meeting");
    dialogue.put("heldOn", heldOn);
    dialogue.put("participants", 42L);
    dialogue.put("places", "Kalix centrum, Töre");
    dialogue.put("themesRaised", "Buskörning med A-traktorer, otrygghet vid busshållplatser kvällstid.");
    return dialogue;
  }

  private static Map<String, Object> draft(String focusArea, long policeTarget) {
    Map<String, Object> policeCommitment = new LinkedHashMap<>();
    policeCommitment.put("kind", "QUANTITATIVE");
    policeCommitment.put("parties", List.of(Map.of("party", "POLICE")));
    policeCommitment.put("description", "Riktade insatser mot buskörning");
    policeCommitment.put("yearlyTarget", policeTarget);
    policeCommitment.put("unit", "insatser");
    policeCommitment.put("indicator", "Antal genomförda insatser");
    Map<String, Object> partnerCommitment = new LinkedHashMap<>();
    partnerCommitment.put("kind", "QUANTITATIVE");
    partnerCommitment.put("parties", List.of(Map.of("party", "PARTNER", "name", "Kalixbo")));
    partnerCommitment.put("description", "Trygghetsvandringar med bostadsbolaget");
    partnerCommitment.put("yearlyTarget", 2);
    partnerCommitment.put("unit", "vandringar");
    partnerCommitment.put("indicator", "Antal genomförda trygghetsvandringar");
    Map<String, Object> theme = new LinkedHashMap<>();
    theme.put("title", "Polisiär närvaro och trafiksäkerhet");
    theme.put("problemCategory", focusArea);
    theme.put("goal", "Minska buskörningen i centrum och öka tryggheten kvällstid.");
    // qualitative, shared by the police (the lead), the municipality and a named partner
    Map<String, Object> walks = new LinkedHashMap<>();
    walks.put("kind", "QUALITATIVE");
    walks.put("parties", List.of(Map.of("party", "POLICE"), Map.of("party", "MUNICIPALITY"),
        Map.of("party", "PARTNER", "name", "Kalixbo")));
    walks.put("description", "Synlig närvaro i centrum helgkvällar");
    theme.put("commitments", List.of(policeCommitment, partnerCommitment, walks));
    return Map.of("promiseDraft", new Tasklist.Json(Rest.write(Map.of("themes", List.of(theme)))));
  }

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
  }
}

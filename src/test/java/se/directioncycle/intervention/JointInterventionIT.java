package se.directioncycle.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.EVALUATE;
import static se.directioncycle.support.QuarterScenario.HANDLE_RED;
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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.notification.Notifications;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * A joint intervention in Älvkarleby, through the REST API Tasklist uses: the police lead an SSPF group with social
 * services and the school; each of the three gets its own status report task (and no other organisation does),
 * each reports its part, and the police's evaluation next quarter shows all three reports. Linking an intervention
 * to a citizen-promise commitment that none of its organisations' parties made is refused in Swedish; adding a
 * participant of that party makes the link valid. Älvkarleby's promise period 2098–2099 and quarters 2099 Q1–Q2
 * are used only here.
 */
@IntegrationTest
class JointInterventionIT {

  private static final int YEAR = 2099;
  private static final String PERIOD = "alvkarleby-2098-2099";
  private static final String SSPF = "SSPF-grupp för unga i riskzon";
  private static final String WALK = "Trygghetsvandring i Skutskär";

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  Notifications notifications;
  @Autowired
  se.directioncycle.direction.DirectionDecisionService decisions;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void eachOrganisationOfAJointInterventionReportsItsPartAndTheLeadsEvaluationShowsAll() {
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    engine.setClock(at(YEAR - 2, 9, 1));
    JsonNode promises = promisesInForce(alvkarleby);
    long policeCommitment = commitmentId(promises, "POLICE");
    long partnerCommitment = commitmentId(promises, "PARTNER");

    // --- Q1: situation report, then the proposal -------------------------------------------------
    engine.setClock(at(YEAR - 1, 12, 1));
    String q1 = alvkarleby.open(YEAR, 1);
    engine.runDueJobs(q1);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(q1, member, List.of(
          observation("KLOTTER", "Skutskär", 2, "Klotter vid fritidsgården")));
    }
    engine.runDueJobs(q1);
    alvkarleby.approveSituationReport(q1);
    engine.runDueJobs(q1);
    engine.evaluateEarlierInterventions(q1);

    Tasklist coordinator = alvkarleby.as("samordnare");
    String proposeTask = coordinator.task(q1, PROPOSE);
    JsonNode context = jsonVariable(coordinator.formVariables(proposeTask), "proposalContext");
    assertThat(context.path("organisations").toString()).as("each organisation with its party")
        .contains("\"value\":\"social-services\"", "\"party\":\"MUNICIPALITY\"");
    assertThat(context.path("commitments").toString()).as("each commitment with the parties that made it")
        .contains("\"parties\":[\"POLICE\"]", "\"parties\":[\"PARTNER\"]");

    String first = YEAR + "-01-01";
    String last = YEAR + "-03-31";
    Map<String, Object> sspf = intervention(SSPF, "police", first, last);
    sspf.put("participatingOrganisations", List.of("social-services", "school"));
    sspf.put("commitmentId", policeCommitment);
    Map<String, Object> walk = intervention(WALK, "leisure", first, last);
    walk.put("commitmentId", partnerCommitment);

    // leisure (the municipality) alone cannot count towards the housing company's (a partner's) commitment
    Rest.Response refused = coordinator.submit(proposeTask, proposal(context, List.of(sspf, walk)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("«Fokusområde 1 – Insats 2 – Räknas mot medborgarlöfte» är ett åtagande "
        + "av Samverkanspart, men insatsen genomförs av Kommunen. En insats kan bara räknas mot ett åtagande som den "
        + "ansvariga eller en deltagande organisation står bakom.");
    // a participant may not be the lead as well
    walk.put("participatingOrganisations", List.of("leisure"));
    assertThat(coordinator.submit(proposeTask, proposal(context, List.of(sspf, walk))).message())
        .contains("«Fokusområde 1 – Insats 2 – Deltagande organisationer» får inte innehålla den ansvariga organisationen.");

    // an intervention names the municipality's areas where it is carried out, from the areas the form offers
    // read as JSON: the options are maps whose key order differs from one JVM to the next
    assertThat(context.path("areas").findValuesAsText("value")).contains("Skutskär");
    assertThat(context.path("areas").findValuesAsText("label")).contains("Skutskär");
    walk.put("participatingOrganisations", List.of("housing"));
    walk.put("areas", List.of("Luleå"));
    assertThat(coordinator.submit(proposeTask, proposal(context, List.of(sspf, walk))).message())
        .contains("«Fokusområde 1 – Insats 2 – Områden» har ett värde som inte finns bland valen.");
    walk.put("areas", List.of("Skutskär"));

    // with the housing company taking part, the two share a party and the link is valid
    coordinator.complete(proposeTask, proposal(context, List.of(sspf, walk)));
    alvkarleby.chairApproves(q1, (YEAR - 1) + "-12-12", 21);
    engine.runDueJobs(q1);
    assertThat(notifications.recorded("alvkarleby", "decision-registered"))
        .filteredOn(n -> n.getSubject().contains("BRÅ " + (YEAR - 1) + "/"))
        .extracting(n -> n.getRecipientGroup())
        .contains("alvkarleby-police", "alvkarleby-social-services", "alvkarleby-school", "alvkarleby-leisure",
            "alvkarleby-housing");
    // the decision document names the lead and who carries the intervention out with it
    Rest documents = Rest.as(port, "alvkarleby-samordnare");
    long decisionDocument = java.util.stream.StreamSupport.stream(documents.get("/api/documents").json().spliterator(),
            false).filter(d -> d.path("kind").asText().equals("DIRECTION_DECISION")
            && d.path("title").asText().contains("BRÅ " + (YEAR - 1) + "/")).findFirst().orElseThrow()
        .path("id").asLong();
    assertThat(pdfText(documents.getBytes("/api/documents/" + decisionDocument, "application/pdf")))
        .contains(SSPF, "Polisen (ansvarig) med Individ- och familjeomsorg, Skola", WALK, "Område: Skutskär");
    // the map counts the walk in Skutskär while it runs; the SSPF group names no area (the whole municipality)
    assertThat(decisions.interventionsPerArea("alvkarleby", java.time.LocalDate.of(YEAR, 2, 1)))
        .containsEntry("Skutskär", 1L).hasSize(1);
    assertThat(decisions.interventionsPerArea("alvkarleby", java.time.LocalDate.of(YEAR, 4, 1))).isEmpty();

    // --- Q1 follow-up: one report task per organisation, to its group only ----------------------------
    engine.advance(Duration.ofDays(15));
    engine.runDueJobs(q1);
    Tasklist police = alvkarleby.as("kommunpolis");
    Tasklist socialServices = alvkarleby.as("ifo");
    Tasklist school = alvkarleby.as("skola");
    assertThat(reportGroups(q1, SSPF)).containsExactlyInAnyOrder(
        "alvkarleby-police", "alvkarleby-social-services", "alvkarleby-school");
    assertThat(reportGroups(q1, WALK)).containsExactlyInAnyOrder("alvkarleby-leisure", "alvkarleby-housing");
    assertThat(police.tasks(q1, REPORT)).hasSize(1);
    assertThat(socialServices.tasks(q1, REPORT)).hasSize(1);
    assertThat(school.tasks(q1, REPORT)).hasSize(1);
    assertThat(alvkarleby.as("raddningstjanst").tasks(q1, REPORT)).as("an organisation outside both").isEmpty();
    assertThat(alvkarleby.as("sakerhet").tasks(q1, REPORT)).isEmpty();

    assertThat(dashboardLights(q1)).as("the dashboard before any status report")
        .isEqualTo(Map.of("green", 0, "yellow", 0, "red", 0, "notReported", 2));

    String ownPart = socialServices.task(q1, REPORT);
    assertThat(socialServices.formVariables(ownPart).path("interventionSummary").path("value").asText())
        .contains(SSPF, "Ansvarig: Polisen", "Deltar: Individ- och familjeomsorg (Kommunen), Skola (Kommunen)",
            "Ni rapporterar er egen del av insatsen (Individ- och familjeomsorg).");
    // the report starts empty and its fields never become variables: not before it is submitted, and not after
    assertThat(socialServices.formVariables(ownPart).has("trafficLight")).isFalse();
    socialServices.complete(ownPart, Map.of("trafficLight", "red", "progressCount", 2L,
        "statusComment", "Svårt att nå familjerna"));
    school.complete(school.task(q1, REPORT), Map.of("trafficLight", "green", "progressCount", 3L,
        "statusComment", "Tre elevhälsoträffar"));
    police.complete(police.task(q1, REPORT), Map.of("trafficLight", "green", "progressCount", 4L,
        "statusComment", "Fyra ärendegenomgångar"));
    Tasklist leisure = alvkarleby.as("fritid");
    Tasklist housing = alvkarleby.as("bostad");
    leisure.complete(leisure.task(q1, REPORT), Map.of("trafficLight", "green", "progressCount", 1L));
    housing.complete(housing.task(q1, REPORT), Map.of("trafficLight", "green", "progressCount", 1L));
    engine.runDueJobs(q1);
    assertThat(runtimeService.createVariableInstanceQuery()
        .variableNameIn("trafficLight", "progressCount", "statusComment").count()).isZero();
    assertThat(coordinator.tasks(q1, HANDLE_RED)).as("a participant's red is its own part; the lead's colour escalates")
        .isEmpty();
    assertThat(dashboardLights(q1)).as("each intervention counted once, by its lead's colour")
        .isEqualTo(Map.of("green", 2, "yellow", 0, "red", 0, "notReported", 0));

    // --- Q2: the lead's evaluation shows every organisation's reports ---------------------------------
    engine.setClock(at(YEAR, 3, 10));
    String q2 = alvkarleby.open(YEAR, 2);
    engine.runDueJobs(q2);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(q2, member, List.of(
          observation("KLOTTER", "Skutskär", 2, "Nytt klotter vid fritidsgården")));
    }
    engine.runDueJobs(q2);
    alvkarleby.approveSituationReport(q2);
    engine.runDueJobs(q2);

    assertThat(socialServices.tasks(q2, EVALUATE)).as("the lead evaluates").isEmpty();
    String evaluation = police.task(q2, EVALUATE);
    assertThat(police.formVariables(evaluation).path("interventionSummary").path("value").asText())
        .contains(SSPF, "Statusrapporter per organisation:",
            "Polisen (ansvarig):", "grön, genomfört 4 – Fyra ärendegenomgångar",
            "Individ- och familjeomsorg (deltar):", "röd, genomfört 2 – Svårt att nå familjerna",
            "Skola (deltar):", "grön, genomfört 3 – Tre elevhälsoträffar");
    engine.evaluateEarlierInterventions(q2);
  }

  /** The coordinator's Cockpit dashboard: the follow-up's colours of one open cycle. */
  private Map<String, Integer> dashboardLights(String cycle) {
    try {
      var response = se.directioncycle.support.WebappSession.login(port, "alvkarleby-samordnare", "cockpit")
          .get("/camunda/api/cockpit/plugin/direction-cycle/default/cycles");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      for (JsonNode row : new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body())) {
        if (row.path("businessKey").asText().equals(cycle)) {
          JsonNode lights = row.path("interventions");
          return Map.of("green", lights.path("green").asInt(), "yellow", lights.path("yellow").asInt(),
              "red", lights.path("red").asInt(), "notReported", lights.path("notReported").asInt());
        }
      }
      throw new AssertionError(cycle + " is not on the dashboard: " + response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The candidate groups of the open status report tasks of the intervention with this title. */
  private List<String> reportGroups(String cycle, String title) {
    List<String> groups = new ArrayList<>();
    for (var task : taskService.createTaskQuery().processInstanceBusinessKey(cycle).taskDefinitionKey(REPORT)
        .list()) {
      Object summary = taskService.getVariable(task.getId(), "interventionSummary");
      if (summary != null && summary.toString().contains(title)) {
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId).forEach(groups::add);
      }
    }
    return groups;
  }

  private static Map<String, Object> proposal(JsonNode context, List<Map<String, Object>> interventions) {
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("title", "Unga i riskzon och klotter");
    area.put("problemCategory", context.path("rankedProblems").path(0).path("category").asText());
    area.put("goal", "Färre unga i brott och mindre klotter i Skutskär.");
    area.put("interventions", interventions);
    return Map.of("directionProposal", new Tasklist.Json(Rest.write(Map.of("focusAreas", List.of(area)))));
  }

  /** Älvkarleby's promise period 2098–2099 through its process: a police and a partner commitment, in force. */
  private JsonNode promisesInForce(QuarterScenario alvkarleby) {
    Rest.Response started = Rest.as(port, "alvkarleby-samordnare")
        .post("/api/citizen-promise-periods", Map.of("firstMonth", (YEAR - 1) + "-01", "lengthInMonths", 24));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    engine.runDueJobs(PERIOD);
    Tasklist coordinator = alvkarleby.as("samordnare");
    Tasklist police = alvkarleby.as("kommunpolis");
    for (JsonNode task : coordinator.tasks(PERIOD, "UserTask_RecordDialogue")) {
      String id = task.path("id").asText();
      String label = coordinator.formVariables(id).path("dialogueLabel").path("value").asText();
      (label.equals("Medarbetardialog") ? police : coordinator).complete(id, Map.of("dialogueMethod", "meeting",
          "heldOn", (YEAR - 2) + "-08-20", "participants", 30L, "places", "Skutskär",
          "themesRaised", "Klotter och otrygghet kvällstid."));
    }
    engine.runDueJobs(PERIOD);
    police.complete(coordinator.task(PERIOD, "UserTask_DecideFocusAreas"), Map.of(
        "focusAreas", new Tasklist.Json("[\"KLOTTER\"]"), "focusMotivation", "Dialogerna pekar på klotter."));
    Map<String, Object> policeCommitment = commitment("POLICE", "Synlig polis i Skutskär kvällstid", "kvällar");
    Map<String, Object> partnerCommitment = commitment("PARTNER", "Trygghetsvandringar med bostadsbolaget",
        "vandringar");
    Map<String, Object> theme = new LinkedHashMap<>();
    theme.put("title", "Tryggt i Skutskär");
    theme.put("problemCategory", "KLOTTER");
    theme.put("goal", "Mindre klotter och tryggare kvällar.");
    theme.put("commitments", List.of(policeCommitment, partnerCommitment));
    coordinator.complete(coordinator.task(PERIOD, "UserTask_DraftPromises"),
        Map.of("promiseDraft", new Tasklist.Json(Rest.write(Map.of("themes", List.of(theme))))));
    Tasklist commissioner = alvkarleby.as("kommunalrad");
    commissioner.complete(commissioner.task(PERIOD, "UserTask_ReviewPromises"), Map.of("reviewDecision", "approve"));
    commissioner.complete(commissioner.task(PERIOD, "UserTask_SignAsCommissioner"), Map.of("signature", "sign"));
    Tasklist chief = alvkarleby.as("lpo-chef");
    chief.complete(chief.task(PERIOD, "UserTask_SignAsPoliceChief"), Map.of("signature", "sign"));
    engine.runDueJobs(PERIOD);
    JsonNode published = Rest.anonymous(port).get("/open-data/citizen-promises/" + PERIOD).json();
    assertThat(published.path("status").asText()).isEqualTo("IN_FORCE");
    return published;
  }

  private static Map<String, Object> commitment(String party, String description, String unit) {
    Map<String, Object> commitment = new LinkedHashMap<>();
    commitment.put("kind", "QUANTITATIVE");
    commitment.put("parties", List.of(party.equals("PARTNER")
        ? Map.of("party", party, "name", "Bostadsbolaget") : Map.of("party", party)));
    commitment.put("description", description);
    commitment.put("yearlyTarget", 20L);
    commitment.put("unit", unit);
    commitment.put("indicator", "Antal genomförda " + unit);
    return commitment;
  }

  private static long commitmentId(JsonNode period, String party) {
    for (JsonNode c : period.path("themes").path(0).path("commitments")) {
      if (c.path("party").asText().equals(party)) {
        return c.path("id").asLong();
      }
    }
    throw new AssertionError("no " + party + " commitment in " + period);
  }

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

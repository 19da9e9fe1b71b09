package se.directioncycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.browser.Browser.CAMUNDA_FORM;
import static se.directioncycle.browser.Browser.DASHBOARD;
import static se.directioncycle.browser.Browser.EMBEDDED_FORM;
import static se.directioncycle.support.QuarterScenario.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * Tasklist and Cockpit in headless Chromium, as the council's people use them, with an axe-core
 * WCAG 2.1 AA check of every form we ship and of the coordinators' dashboard. Steps where the
 * browser is not the point go through the REST API ({@link QuarterScenario}).
 *
 * <p>Kalix 2027 Q3 never gets a decision (CoordinatorDashboardIT needs Kalix 2028 Q1 to be the first
 * decided Kalix quarter), and the demo profile does not open it at startup (it opens the current and
 * the next quarter). Älvkarleby's decisions are in 2100, after every other test's quarters, so no
 * other test's cycle finds one of them as its previous decision.
 */
@IntegrationTest
class BrowserIT {

  /** Raw HTML a proposer might type: it must reach the chair as text. */
  private static final String MARKUP =
      "<img src=x onerror=alert(1)> <b>fet</b> <a href=\"javascript:alert(1)\">x</a>";

  /** Kalix's quarter: started, submitted to and reviewed in the browser, never decided. */
  private static final int KALIX_YEAR = 2027;
  /** Älvkarleby's quarters 1 and 2: decided, followed up and evaluated. */
  private static final int ALVKARLEBY_YEAR = 2100;
  /** Kalix's annual assessment, started and decided in the browser. */
  private static final int KALIX_ANNUAL_YEAR = 2068;
  /** Kalix promise period 2087–2088 (statistics years 2085–2086), used only here. */
  private static final int KALIX_PROMISE_YEAR = 2087;

  private static Browser browser;

  /** What the browser showed when a test failed, under target/screenshots/failed-<test>.png and .html. */
  @RegisterExtension
  static final TestWatcher SAVE_FAILURES = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.saveFailure(context.getRequiredTestMethod().getName());
      }
    }
  };

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  RepositoryService repositoryService;

  @BeforeEach
  void startBrowser() throws Exception {
    if (browser == null) {
      browser = Browser.start(port);
    }
  }

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void cockpitDrawsEveryElementOfEveryDiagram() throws Exception {
    browser.login("admin", "cockpit");
    List<Path> diagrams;
    try (var files = Files.list(Path.of("bpmn"))) {
      diagrams = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(diagrams).hasSizeGreaterThanOrEqualTo(2);
    for (Path diagram : diagrams) {
      BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
      Set<String> expected = new HashSet<>();
      model.getModelElementsByType(FlowNode.class).forEach(node -> expected.add(node.getId()));
      model.getModelElementsByType(SequenceFlow.class).forEach(flow -> expected.add(flow.getId()));
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult().getId();

      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      try {
        browser.waitUntil(key + " drawn", () -> browser.drawnDiagramElements().containsAll(expected));
      } catch (RuntimeException e) {
        browser.screenshot("failed-diagram-" + key);
        throw e;
      }
      assertThat(browser.drawnDiagramElements()).as("%s in Cockpit", diagram).containsAll(expected);
      browser.screenshotOf(".djs-container", "diagram-" + diagram.getFileName().toString().replace(".bpmn", ""));
    }
  }

  @Test
  void aMemberIsToldWhatPersonalDataToRemoveAndTheDashboardFollowsThePhase() {
    QuarterScenario kalix = new QuarterScenario(port, "kalix");

    // the coordinator starts the cycle with the start form
    browser.login("kalix-samordnare", "tasklist").clickText("a", "Starta process")
        .clickText("a", "Kvartalscykel – inriktningsbeslut");
    browser.type(browser.field("Field_year"), String.valueOf(KALIX_YEAR)).type(browser.field("Field_quarter"), "3");
    browser.assertAccessible("start form", ".modal " + CAMUNDA_FORM);
    browser.screenshot("tasklist-start-cycle");
    browser.clickText("button", "Starta");
    String cycle = "kalix-" + KALIX_YEAR + "-Q3";
    browser.waitUntil("cycle started", () -> Rest.as(port, "kalix-samordnare").get("/api/cycles").body().contains(cycle));
    engine.runDueJobs(cycle);

    // a member's observation with a phone number is refused with a message naming the field
    Tasklist school = kalix.as("skola");
    String submission = school.task(cycle, SUBMIT);
    browser.login("kalix-skola", "tasklist").openAndClaim(submission);
    browser.type("#indicator-0", "3").type("#indicator-1", "0").clickText("button", "Lägg till observation");
    browser.select("#category-0", "Klotter").selectFirst("#area-0").selectFirst("#timeBand-0")
        .selectFirst("#severity-0").type("#description-0", "Klotter vid skolan, ring vaktmästaren 070-123 45 67");
    browser.assertAccessible("situation input form", EMBEDDED_FORM);
    browser.screenshot("tasklist-submission-form");
    assertThat(browser.completeRefused())
        .contains("«Observation 1 – Beskrivning»", "telefonnummer", "Ta bort uppgiften").doesNotContain("Cannot");
    browser.show("#description-0").screenshot("tasklist-personal-data-refused");
    assertThat(school.tasks(cycle, SUBMIT)).as("the task stays open").hasSize(1);

    browser.type("#description-0", "Klotter på skolans gavel mot parkeringen, helgkvällar");
    browser.complete("submission completed", () -> school.tasks(cycle, SUBMIT).isEmpty());
    browser.screenshot("tasklist-submission-completed");

    // the coordinator's dashboard in Cockpit: phase and the submission just made
    browser.login("kalix-samordnare", "cockpit");
    String row = dashboardRow("Kalix " + KALIX_YEAR + " kvartal 3");
    assertThat(row).contains("Lägesbild", "1 av 5");
    // the quarter at a glance: the phase now, the dates, today
    String glanceOf = "//section[@aria-label='Kalix " + KALIX_YEAR + " kvartal 3 i korthet']";
    String glance = browser.findAll(glanceOf).get(0).getText();
    assertThat(glance).contains("Kvartalet börjar: " + KALIX_YEAR + "-07-01", "Sista dag för underlag:", "I dag:",
        "Underlag in: 1 av 5");
    assertThat(browser.findAll(glanceOf + "//li[@aria-current='step']")).extracting(e -> e.getText().trim())
        .singleElement().satisfies(phase -> assertThat(phase).startsWith("Lägesbild"));
    browser.assertAccessible("Cockpit dashboard", DASHBOARD);
    browser.show(DASHBOARD).screenshot("cockpit-dashboard-situation-report");
    browser.show(".direction-cycle-glance-heading").screenshotOf("section[aria-label='Kalix " + KALIX_YEAR
        + " kvartal 3 i korthet']", "cockpit-dashboard-timeline");

    for (String member : List.of("fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of(observation("KLOTTER", "Töre", 2, "Klotter vid busshållplatsen")));
    }
    engine.runDueJobs(cycle);

    // the coordinator approves the situation report in Tasklist
    Tasklist coordinator = kalix.as("samordnare");
    browser.login("kalix-samordnare", "tasklist").openAndClaim(coordinator.task(cycle, REVIEW));
    browser.type(browser.field("Field_mappingSection"), "Klotter vid busshållplatser i Töre, kvällstid.")
        .type(browser.field("Field_otherInformationSection"), "Inga andra uppgifter detta kvartal.")
        .type(browser.field("Field_analysisSection"), "Klottret samlas där unga väntar på bussen.");
    browser.assertAccessible("situation report review form", CAMUNDA_FORM);
    browser.screenshot("tasklist-review-situation-report");
    browser.complete("review completed", () -> coordinator.tasks(cycle, REVIEW).isEmpty());
    engine.runDueJobs(cycle);

    browser.login("kalix-samordnare", "cockpit");
    assertThat(dashboardRow("Kalix " + KALIX_YEAR + " kvartal 3")).as("the phase moved on").contains("Inriktningsbeslut");
    browser.show(DASHBOARD).screenshot("cockpit-dashboard");
  }

  @Test
  void theChairReturnsAProposalThenApprovesItAndTheFollowUpFormsWork() {
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    List<String> members = List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet");
    String q1 = alvkarleby.open(ALVKARLEBY_YEAR, 1);
    engine.runDueJobs(q1);
    for (String member : members) {
      alvkarleby.submitSituationInput(q1, member, List.of(observation("KLOTTER", "Skutskär", 3, "Klotter vid torget")));
    }
    engine.runDueJobs(q1);
    alvkarleby.approveSituationReport(q1);
    engine.runDueJobs(q1);

    // the coordinator proposes in the embedded proposal form
    Tasklist coordinator = alvkarleby.as("samordnare");
    browser.login("alvkarleby-samordnare", "tasklist").openAndClaim(coordinator.task(q1, PROPOSE));
    browser.type("#area-title-0", "Minska klottret i Skutskär").selectFirst("#area-problem-0")
        .type("#area-goal-0", "Färre rapporter om klotter än förra kvartalet, fler än 3 < 5. " + MARKUP)
        .type("#title-0-0", "Snabbsanering av klotter").select("#organisation-0-0", "Polisen")
        .type("#indicator-0-0", "Antal sanerade platser").type("#target-0-0", "Alla inom två dygn");
    browser.assertAccessible("direction proposal form", EMBEDDED_FORM);
    browser.screenshot("tasklist-direction-proposal");
    browser.complete("proposal completed", () -> coordinator.tasks(q1, PROPOSE).isEmpty());

    // the chair returns it with a comment
    Tasklist chair = alvkarleby.as("ordforande");
    browser.login("alvkarleby-ordforande", "tasklist").openAndClaim(chair.task(q1, DECIDE));
    // the proposal's raw HTML shows as the text typed, never as live elements
    assertThat(browser.text(CAMUNDA_FORM)).contains("fler än 3 < 5", MARKUP);
    assertThat(browser.findAll("//div[contains(@class,'fjs-form-field-text')]//img[not(contains(@src,'/charts/'))]"))
        .as("no image but the report's charts").isEmpty();
    assertThat(browser.findAll("//div[contains(@class,'fjs-form-field-text')]//b")).isEmpty();
    assertThat(browser.findAll("//a[starts-with(normalize-space(@href),'javascript')]")).isEmpty();
    assertThat(browser.findAll("//div[contains(@class,'fjs-form-field-text')]//strong[contains(.,'Fokusområde 1')]"))
        .as("the server's own Markdown still renders").isNotEmpty();
    browser.clickText("label", "Återremittera med kommentarer")
        .type(browser.field("Field_chairComment"), "Lägg till en insats från fritid.");
    browser.assertAccessible("decision form", CAMUNDA_FORM);
    browser.screenshot("tasklist-chair-review");
    browser.complete("decision task completed", () -> chair.tasks(q1, DECIDE).isEmpty());

    // the proposal comes back with the comment; the coordinator adds the intervention
    browser.login("alvkarleby-samordnare", "tasklist").openAndClaim(coordinator.task(q1, PROPOSE));
    assertThat(browser.text(EMBEDDED_FORM + " .alert-warning")).contains("Återremitterat av ordföranden",
        "Lägg till en insats från fritid.");
    browser.assertAccessible("direction proposal form with the chair's comment", EMBEDDED_FORM);
    browser.screenshot("tasklist-proposal-returned");
    if (browser.find("#title-0-0").getAttribute("value").isEmpty()) {
      browser.type("#area-title-0", "Minska klottret i Skutskär").selectFirst("#area-problem-0")
          .type("#area-goal-0", "Färre rapporter om klotter än förra kvartalet.")
          .type("#title-0-0", "Snabbsanering av klotter").select("#organisation-0-0", "Polisen")
          .type("#indicator-0-0", "Antal sanerade platser").type("#target-0-0", "Alla inom två dygn");
    }
    browser.clickText("button", "Lägg till insats");
    browser.type("#title-0-1", "Fältvandring fredagskvällar").select("#organisation-0-1", "Fritid")
        .type("#indicator-0-1", "Antal fältvandringar").type("#target-0-1", "Minst 6 under kvartalet");
    browser.complete("proposal made again", () -> coordinator.tasks(q1, PROPOSE).isEmpty());

    // the chair approves with meeting date and protocol paragraph
    browser.login("alvkarleby-ordforande", "tasklist").openAndClaim(chair.task(q1, DECIDE));
    browser.clickText("label", "Fastställ inriktningen");
    browser.type(browser.find(CAMUNDA_FORM + " .fjs-form-field-datetime input"), "01/15/" + ALVKARLEBY_YEAR);
    browser.type(browser.field("Field_protocolParagraph"), "7");
    browser.clickText("label", "Fastställ inriktningen"); // leaves the date field and its date picker
    browser.assertAccessible("decision form with meeting date and paragraph", CAMUNDA_FORM);
    browser.screenshot("tasklist-chair-approves");
    browser.complete("decision made", () -> chair.tasks(q1, DECIDE).isEmpty());
    engine.runDueJobs(q1);
    assertThat(Rest.as(port, "alvkarleby-ordforande").get("/api/documents").body()).contains("BRÅ " + ALVKARLEBY_YEAR + "/");

    // follow-up: the police report red, the coordinator gets the escalation
    engine.advance(Duration.ofDays(15));
    engine.runDueJobs(q1);
    Tasklist police = alvkarleby.as("kommunpolis");
    browser.login("alvkarleby-kommunpolis", "tasklist").openAndClaim(police.task(q1, REPORT));
    browser.clickText("label", "Röd – allvarlig avvikelse").type(browser.field("Field_progressCount"), "0")
        .type(browser.field("Field_statusComment"), "Saneringsfirman har inte levererat.");
    browser.assertAccessible("status report form", CAMUNDA_FORM);
    browser.screenshot("tasklist-status-report");
    browser.complete("status reported", () -> police.tasks(q1, REPORT).isEmpty());
    engine.runDueJobs(q1);

    browser.login("alvkarleby-samordnare", "tasklist").openAndClaim(coordinator.task(q1, HANDLE_RED));
    browser.type(browser.field("Field_escalationNote"), "Ny saneringsfirma upphandlas, klar inom en vecka.");
    browser.assertAccessible("escalation form", CAMUNDA_FORM);
    browser.screenshot("tasklist-escalation");

    // the next quarter evaluates this one's interventions
    String q2 = alvkarleby.open(ALVKARLEBY_YEAR, 2);
    engine.runDueJobs(q2);
    for (String member : members) {
      alvkarleby.submitSituationInput(q2, member, List.of());
    }
    engine.runDueJobs(q2);
    alvkarleby.approveSituationReport(q2);
    engine.runDueJobs(q2);
    browser.login("alvkarleby-kommunpolis", "tasklist").openAndClaim(police.task(q2, EVALUATE));
    browser.assertAccessible("evaluation form", CAMUNDA_FORM);
    browser.screenshot("tasklist-evaluation");
  }

  @Test
  void theAnnualAssessmentIsStartedPlannedAndDecidedInTasklist() throws Exception {
    String key = "kalix-" + KALIX_ANNUAL_YEAR + "-arsbedomning";
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");

    browser.login("kalix-samordnare", "tasklist").clickText("a", "Starta process")
        .clickText("a", "Årlig bedömning – lägesbild och åtgärdsplan");
    browser.type(browser.field("Field_year"), String.valueOf(KALIX_ANNUAL_YEAR));
    browser.assertAccessible("annual assessment start form", ".modal " + CAMUNDA_FORM);
    browser.screenshot("tasklist-start-annual-assessment");
    browser.clickText("button", "Starta");
    browser.waitUntil("annual assessment started",
        () -> Rest.as(port, "kalix-samordnare").get("/api/annual-assessments").body().contains(key));
    engine.runDueJobs(key);

    // the survey CSV is uploaded in the task: a file with errors is refused line by line, a good one completes it
    browser.openAndClaim(coordinator.task(key, "UserTask_ImportSafetySurvey"));
    String csv = Files.readString(Path.of("docs/samples/safety-survey.csv"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\n2024;", "\n" + KALIX_ANNUAL_YEAR + ";");
    Path wrongFile = Files.createTempFile("trygghetsmatning-fel", ".csv");
    Files.writeString(wrongFile, csv.replace(";68,4;", ";168,4;"), java.nio.charset.StandardCharsets.UTF_8);
    Path goodFile = Files.createTempFile("trygghetsmatning-" + KALIX_ANNUAL_YEAR, ".csv");
    Files.writeString(goodFile, csv, java.nio.charset.StandardCharsets.UTF_8);
    browser.find("#surveyFile").sendKeys(wrongFile.toAbsolutePath().toString());
    browser.assertAccessible("survey import form", "form[name=surveyForm]");
    assertThat(browser.completeRefused()).contains("Filen togs inte emot: 1 fel",
        "Rad 2, kolumn «andel_procent»: måste vara ett tal mellan 0 och 100");
    browser.screenshot("tasklist-import-safety-survey-refused");
    assertThat(coordinator.tasks(key, "UserTask_ImportSafetySurvey")).as("the task stays open").hasSize(1);
    browser.find("#surveyFile").sendKeys(goodFile.toAbsolutePath().toString());
    browser.screenshot("tasklist-import-safety-survey");
    browser.complete("survey import completed", () -> coordinator.tasks(key, "UserTask_ImportSafetySurvey").isEmpty());
    engine.runDueJobs(key);

    // the dashboard shows the open assessment and the step it waits in
    browser.login("kalix-samordnare", "cockpit");
    browser.waitUntil("annual assessment on the dashboard",
        () -> browser.text(DASHBOARD).contains("Öppna årliga bedömningar"));
    assertThat(browser.text(DASHBOARD)).contains("Kalix " + KALIX_ANNUAL_YEAR, "Ta fram åtgärdsplan");
    browser.assertAccessible("Cockpit dashboard with an annual assessment", DASHBOARD);
    browser.show(DASHBOARD).screenshot("cockpit-dashboard-annual-assessment");
    browser.login("kalix-samordnare", "tasklist");

    // the coordinator writes the action plan beside the year's picture
    browser.openAndClaim(coordinator.task(key, "UserTask_PrepareActionPlan"));
    assertThat(browser.text(CAMUNDA_FORM)).contains("Årets lägesbild " + KALIX_ANNUAL_YEAR + " – Kalix");
    browser.type(browser.field("Field_focusAreas"), "Otrygghet kvällstid i Töre centrum.")
        .type(browser.field("Field_measures"), "Bättre belysning vid busstorget; fältvandringar fredagskvällar.")
        .type(browser.field("Field_responsible"), "Tekniska förvaltningen, fritid och polisen.")
        .type(browser.field("Field_followUp"), "Kvartalsvis i BRÅ och i nästa trygghetsmätning.");
    browser.assertAccessible("action plan form", CAMUNDA_FORM);
    browser.screenshot("tasklist-prepare-action-plan");
    // the safety survey over the years, by area, beside the plan
    assertChartsLoaded(CAMUNDA_FORM, List.of("survey.png"));
    browser.show(CAMUNDA_FORM + " img[src$='/charts/survey.png']").screenshot("tasklist-prepare-action-plan-survey-chart");
    browser.complete("action plan prepared", () -> coordinator.tasks(key, "UserTask_PrepareActionPlan").isEmpty());

    // the municipal board approves it with decision date and protocol paragraph
    Tasklist board = Tasklist.as(port, "kalix-kommunalrad");
    browser.login("kalix-kommunalrad", "tasklist").openAndClaim(board.task(key, "UserTask_DecideActionPlan"));
    browser.clickText("label", "Anta åtgärdsplanen");
    browser.type(browser.find(CAMUNDA_FORM + " .fjs-form-field-datetime input"), "12/10/" + KALIX_ANNUAL_YEAR);
    browser.type(browser.field("Field_protocolParagraph"), "12");
    browser.clickText("label", "Anta åtgärdsplanen"); // leaves the date field and its date picker
    browser.assertAccessible("action plan decision form", CAMUNDA_FORM);
    browser.screenshot("tasklist-decide-action-plan");
    browser.complete("action plan decided", () -> board.tasks(key, "UserTask_DecideActionPlan").isEmpty());
    engine.runDueJobs(key);
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/annual-assessments").body()).contains(key, "DECIDED");
  }

  @Test
  void aKalixPromisePeriodIsRunInTasklistFromStartToFeedback() throws Exception {
    String key = "kalix-" + KALIX_PROMISE_YEAR + "-" + (KALIX_PROMISE_YEAR + 1);
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");
    engine.setClock(at(KALIX_PROMISE_YEAR - 1, 9, 1));

    browser.login("kalix-samordnare", "tasklist").clickText("a", "Starta process")
        .clickText("a", "Medborgarlöften – löftesperiod");
    browser.type(browser.field("Field_firstMonth"), KALIX_PROMISE_YEAR + "-01");
    browser.type(browser.field("Field_lengthInMonths"), "24");
    browser.assertAccessible("promise start form", ".modal " + CAMUNDA_FORM);
    browser.clickText("button", "Starta");
    browser.waitUntil("promise period started",
        () -> Rest.as(port, "kalix-samordnare").get("/api/citizen-promise-periods").body().contains(key));
    engine.runDueJobs(key);

    // a dialogue in aggregate; a phone number in the themes is refused with what to remove
    List<String> dialogues = coordinator.tasks(key, "UserTask_RecordDialogue").stream()
        .map(t -> t.path("id").asText()).toList();
    browser.openAndClaim(dialogues.get(0));
    browser.clickText("label", "Möte eller öppet hus");
    // the date first, as a person would pick it; typing in the next field closes the date picker
    browser.type(browser.find(CAMUNDA_FORM + " .fjs-form-field-datetime input"), "08/20/" + (KALIX_PROMISE_YEAR - 1));
    Map<String, String> dialogue = new java.util.LinkedHashMap<>(Map.of("Field_participants", "42",
        "Field_places", "Kalix centrum och Töre", "Field_themesRaised", "Buskörning kvällstid, ring 070-123 45 67"));
    browser.fill(dialogue);
    browser.assertAccessible("dialogue form", CAMUNDA_FORM);
    assertThat(browser.completeRefused()).contains("«Teman som togs upp»", "telefonnummer");
    dialogue.put("Field_themesRaised", "Buskörning kvällstid och otrygghet vid busshållplatser.");
    browser.fill(dialogue);
    browser.screenshot("tasklist-record-dialogue");
    browser.complete("dialogue recorded", () -> coordinator.tasks(key, "UserTask_RecordDialogue").size() == 2);
    for (String other : dialogues.subList(1, 3)) {
      coordinator.complete(other, Map.of("dialogueMethod", "survey", "heldOn", (KALIX_PROMISE_YEAR - 1) + "-08-21",
          "participants", 310L, "places", "Hela kommunen", "themesRaised", "Trafik och droger bland unga."));
    }
    engine.runDueJobs(key);

    // focus areas beside the statistics analysis
    browser.openAndClaim(coordinator.task(key, "UserTask_DecideFocusAreas"));
    assertThat(browser.text(CAMUNDA_FORM)).contains("Statistikanalys inför medborgarlöften " + KALIX_PROMISE_YEAR);
    browser.clickText("label", "Buskörning med moped/A-traktor (inga observationer)");
    browser.assertAccessible("focus area form", CAMUNDA_FORM);
    browser.complete("focus areas decided", () -> coordinator.tasks(key, "UserTask_DecideFocusAreas").isEmpty());

    // the draft in the embedded form: a theme with one commitment
    browser.openAndClaim(coordinator.task(key, "UserTask_DraftPromises"));
    browser.type("#theme-title-0", "Polisiär närvaro och trafiksäkerhet").selectFirst("#theme-focus-0")
        .type("#theme-goal-0", "Minska buskörningen i centrum.").select("#party-0-0-0", "Polisen")
        .type("#description-0-0", "Riktade insatser mot buskörning").type("#target-0-0", "120")
        .type("#unit-0-0", "insatser").type("#indicator-0-0", "Antal genomförda insatser");
    // and a qualitative one, judged each year by the police as done, partly or not
    browser.clickText("button", "Lägg till åtagande");
    browser.select("#kind-0-1", "Kvalitativt").select("#party-0-1-0", "Polisen")
        .type("#description-0-1", "Polisen är synlig i centrum på helgkvällar");
    browser.assertAccessible("promise draft form", EMBEDDED_FORM);
    browser.screenshot("tasklist-draft-promises");
    browser.complete("draft written", () -> coordinator.tasks(key, "UserTask_DraftPromises").isEmpty());

    // the steering group approves; both sign in their own forms
    Tasklist commissioner = Tasklist.as(port, "kalix-kommunalrad");
    browser.login("kalix-kommunalrad", "tasklist").openAndClaim(commissioner.task(key, "UserTask_ReviewPromises"));
    assertThat(browser.text(CAMUNDA_FORM)).contains("Polisen lovar: Riktade insatser mot buskörning");
    browser.clickText("label", "Godkänn för underskrift");
    browser.assertAccessible("steering-group review form", CAMUNDA_FORM);
    browser.complete("review done", () -> commissioner.tasks(key, "UserTask_ReviewPromises").isEmpty());
    browser.openAndClaim(commissioner.task(key, "UserTask_SignAsCommissioner"));
    browser.clickText("label", "Jag undertecknar medborgarlöftena");
    browser.assertAccessible("signature form", CAMUNDA_FORM);
    browser.screenshot("tasklist-sign-promises");
    browser.complete("commissioner signed", () -> commissioner.tasks(key, "UserTask_SignAsCommissioner").isEmpty());
    Tasklist policeChief = Tasklist.as(port, "kalix-lpo-chef");
    browser.login("kalix-lpo-chef", "tasklist").openAndClaim(policeChief.task(key, "UserTask_SignAsPoliceChief"));
    browser.clickText("label", "Jag undertecknar medborgarlöftena");
    browser.complete("police chief signed", () -> policeChief.tasks(key, "UserTask_SignAsPoliceChief").isEmpty());
    engine.runDueJobs(key);
    assertThat(Rest.anonymous(port).get("/open-data/citizen-promises/" + key).status()).isEqualTo(200);

    browser.login("kalix-samordnare", "cockpit");
    browser.waitUntil("promise period on the dashboard", () -> browser.text(DASHBOARD).contains("Medborgarlöften"));
    assertThat(browser.text(DASHBOARD)).contains("Kalix " + KALIX_PROMISE_YEAR + "–" + (KALIX_PROMISE_YEAR + 1), "Gäller");
    browser.assertAccessible("Cockpit dashboard with a promise period", DASHBOARD);
    browser.show(DASHBOARD).screenshot("cockpit-dashboard-promise-period");

    // both yearly follow-ups; the police comment in the browser, then the feedback report
    for (int year = KALIX_PROMISE_YEAR; year <= KALIX_PROMISE_YEAR + 1; year++) {
      engine.setClock(at(year, 12, 1));
      engine.runDueJobs(key);
      Tasklist police = Tasklist.as(port, "kalix-kommunpolis");
      if (year == KALIX_PROMISE_YEAR) {
        // the qualitative commitment is judged first, then the year's progress is commented
        browser.login("kalix-kommunpolis", "tasklist").openAndClaim(police.task(key, "UserTask_JudgeCommitment"));
        assertThat(browser.text(CAMUNDA_FORM)).contains("Polisen är synlig i centrum på helgkvällar");
        browser.clickText("label", "Delvis genomfört");
        browser.type(browser.field("Field_commitmentNarrative"), "Polisen patrullerade centrum varannan helg.");
        browser.assertAccessible("commitment judgement form", CAMUNDA_FORM);
        browser.screenshot("tasklist-judge-commitment");
        browser.complete("commitment judged", () -> police.tasks(key, "UserTask_JudgeCommitment").isEmpty());
        engine.runDueJobs(key);
        browser.openAndClaim(police.task(key, "UserTask_CommentProgress"));
        assertThat(browser.text(CAMUNDA_FORM)).contains("Riktade insatser mot buskörning – 0 av 120 insatser");
        browser.type(browser.field("Field_progressComment"), "Insatserna kom inte i gång under året.");
        browser.assertAccessible("progress comment form", CAMUNDA_FORM);
        browser.complete("progress commented", () -> police.tasks(key, "UserTask_CommentProgress").isEmpty());
      } else {
        police.complete(police.task(key, "UserTask_JudgeCommitment"), Map.of("commitmentOutcome", "done",
            "commitmentNarrative", "Polisen patrullerade centrum varje helg."));
        engine.runDueJobs(key);
        police.complete(police.task(key, "UserTask_CommentProgress"), Map.of("progressComment", "Enligt plan."));
      }
      engine.runDueJobs(key);
    }
    browser.login("kalix-samordnare", "tasklist").openAndClaim(coordinator.task(key, "UserTask_WriteFeedbackReport"));
    browser.type(browser.field("Field_feedbackReport"), "Vi lovade 120 insatser per år. Så här gick det.");
    browser.assertAccessible("feedback report form", CAMUNDA_FORM);
    browser.complete("feedback written", () -> coordinator.tasks(key, "UserTask_WriteFeedbackReport").isEmpty());
    engine.runDueJobs(key);
    assertThat(Rest.anonymous(port).get("/open-data/citizen-promises/" + key).json().path("status").asText())
        .isEqualTo("CLOSED");

    // the public page anyone can open: the period, each commitment's parties and progress, the PDFs
    browser.open("/medborgarloften/kalix");
    browser.waitUntil("public promise page", () -> browser.text("main").contains("Medborgarlöften i Kalix"));
    String page = browser.text("main");
    assertThat(page).contains("Medborgarlöften " + KALIX_PROMISE_YEAR + "–" + (KALIX_PROMISE_YEAR + 1) + " – avslutad",
        "Polisen lovar: Riktade insatser mot buskörning", "0 av 120 insatser",
        "Polisen lovar: Polisen är synlig i centrum på helgkvällar", "Delvis genomfört",
        "Polisen patrullerade centrum varannan helg.", "Vi lovade 120 insatser per år.", "(PDF)");
    browser.assertAccessible("public citizen-promise page", "main");
    browser.screenshot("public-citizen-promises");
  }

  @Test
  void aCooperationAgreementIsRegisteredAndItsRenewalAnsweredInTasklist() {
    String key = "kalix-samverkan-2080-01-01"; // Kalix agreements from 2080 are used only here
    engine.setClock(at(2082, 11, 1)); // within 90 days of the end: the renewal task comes at once
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");

    browser.login("kalix-samordnare", "tasklist").clickText("a", "Starta process")
        .clickText("a", "Samverkansöverenskommelse – registrering och förnyelse");
    browser.type(browser.find(CAMUNDA_FORM + " input[id*='Field_validFrom']"), "01/01/2080");
    browser.type(browser.find(CAMUNDA_FORM + " input[id*='Field_validTo']"), "12/31/2082");
    browser.fill(Map.of("Field_title", "Samverkansöverenskommelse Kalix 2080–2082",
        "Field_parties", "Kalix kommun och lokalpolisområde Östra Norrbotten"));
    browser.assertAccessible("agreement registration form", ".modal " + CAMUNDA_FORM);
    browser.clickText("button", "Starta");
    browser.waitUntil("agreement registered", () -> Rest.as(port, "kalix-samordnare")
        .get("/api/municipalities/kalix/cooperation-agreements").body().contains(key));
    engine.runDueJobs(key);

    browser.openAndClaim(coordinator.task(key, "UserTask_RenewCooperationAgreement"));
    browser.clickText("label", "Förnyas inte");
    assertThat(browser.findAll("//*[@id='Field_renewalNote' or contains(@id,'Field_renewalNote')]"))
        .as("the note is asked only when renewed").isEmpty();
    browser.assertAccessible("agreement renewal form", CAMUNDA_FORM);
    browser.complete("renewal answered", () -> coordinator.tasks(key, "UserTask_RenewCooperationAgreement").isEmpty());
    engine.runDueJobs(key);
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/municipalities/kalix/cooperation-agreements").body())
        .contains(key, "ENDED");
  }

  @Test
  void tasklistOffersStartingAProcessOnlyToWhoMayAndCreatingATaskToNobody() {
    browser.login("kalix-skola", "tasklist");
    browser.waitUntil("Tasklist's navigation bar", () -> !browser.findAll("//a[contains(@class,'showShortcutHelp')]").isEmpty());
    assertThat(browser.visibleLinkTexts()).as("a member's navigation bar").doesNotContain("Starta process", "Skapa uppgift");
    browser.screenshot("tasklist-member-navbar");

    browser.login("kalix-samordnare", "tasklist");
    browser.waitUntil("\"Starta process\" for the coordinator", () -> browser.visibleLinkTexts().contains("Starta process"));
    assertThat(browser.visibleLinkTexts()).as("the coordinator's navigation bar").doesNotContain("Skapa uppgift");
  }

  /** Kalix's history year, used only here. */
  private static final int KALIX_HISTORY_YEAR = 2091;

  @Test
  void theCoordinatorFindsAClosedQuarterInTheHistoryAndTheLawsObligationsBesideIt() {
    engine.setClock(at(KALIX_HISTORY_YEAR - 1, 12, 1));
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    String cycle = kalix.open(KALIX_HISTORY_YEAR, 1);
    engine.runDueJobs(cycle);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of(observation("KLOTTER", "Töre", 2, "Klotter vid stationen")));
    }
    engine.runDueJobs(cycle);
    kalix.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    kalix.propose(cycle, List.of(intervention("Trygghetsvandring i Töre", "police", KALIX_HISTORY_YEAR + "-01-01",
        KALIX_HISTORY_YEAR + "-03-31")));
    kalix.chairApproves(cycle, (KALIX_HISTORY_YEAR - 1) + "-12-12", 8);
    engine.runDueJobs(cycle);
    engine.setClock(java.util.Date.from(at(KALIX_HISTORY_YEAR, 4, 1).toInstant().plus(Duration.ofHours(1))));
    engine.runDueJobs(cycle);

    browser.login("kalix-samordnare", "cockpit");
    browser.waitUntil("this year's history first", () -> !browser.findAll("//h4[@id='direction-cycle-history-heading']")
        .isEmpty());
    browser.type("#direction-cycle-year", String.valueOf(KALIX_HISTORY_YEAR));
    browser.clickText("button", "Visa");
    browser.waitUntil("the year's history", () -> browser.text(DASHBOARD).contains("Avslutade kvartalscykler "
        + KALIX_HISTORY_YEAR));
    String history = browser.text(".direction-cycle-past");
    assertThat(history).contains(KALIX_HISTORY_YEAR + " kvartal 1", "BRÅ " + (KALIX_HISTORY_YEAR - 1) + "/",
        "Inriktningsbeslut BRÅ", "Kvartalsrapport till kommunstyrelsen");
    assertThat(history).contains("Lag (2023:196) – Kalix " + KALIX_HISTORY_YEAR, "Samordningsfunktion",
        "Åtgärdsplan beslutad av kommunstyrelsen", "Saknas", "Uppfyllt", "Ladda ned redovisningen som PDF");
    assertThat(browser.findAll("//a[starts-with(@href,'/documents/direction-decision:')]")).isNotEmpty();
    assertThat(browser.findAll("//a[contains(@href,'compliance-report?municipality=kalix&year=" + KALIX_HISTORY_YEAR
        + "')]")).hasSize(1);
    browser.assertAccessible("Cockpit history and compliance", DASHBOARD);
    browser.show("#direction-cycle-history-heading").screenshotOf(".direction-cycle-past section:first-child",
        "cockpit-dashboard-history");
    browser.show("#direction-cycle-compliance-heading").screenshotOf(".direction-cycle-past section:last-child",
        "cockpit-dashboard-compliance");
  }

  /**
   * A council set up at runtime (Hudiksvall, used only here): the administrator adds the municipality, the church as a
   * member organisation and two people; its coordinator adds a problem category of its own; the church's contact
   * reports an observation in that category in Tasklist, and the form is named and built for the church.
   */
  @Test
  void aCouncilSetUpAtRuntimeWorksInTasklistWithItsOwnOrganisationAndCategory() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/admin/municipalities", Map.of("id", "hudiksvall", "name", "Hudiksvall",
        "policeArea", "Hälsingland", "quarterlyCycle", false, "areas", List.of("Hudiksvall centrum", "Iggesund")))
        .status()).isEqualTo(201);
    assertThat(admin.post("/api/admin/municipalities/hudiksvall/organisations", Map.of("code", "kyrkan",
        "name", "Svenska kyrkan Hudiksvall", "type", "association")).status()).isEqualTo(201);
    String password = "Forsta#Inloggning27";
    for (Map.Entry<String, List<String>> person : Map.of("hudiksvall-samordnare-1", List.of("coordinator"),
        "hudiksvall-kyrkan-1", List.of("kyrkan")).entrySet()) {
      Rest.Response added = admin.post("/api/admin/municipalities/hudiksvall/people", Map.of("userId", person.getKey(),
          "firstName", "Kontakt", "lastName", "Hudiksvall", "email", person.getKey() + "@example.org",
          "initialPassword", password, "groups", person.getValue()));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
    }
    Rest coordinator = Rest.as(port, "hudiksvall-samordnare-1", password);
    assertThat(coordinator.post("/api/municipalities/hudiksvall/problem-categories", Map.of("label", "Mopedstölder"))
        .status()).isEqualTo(201);
    Rest.Response opened = coordinator.post("/api/cycles", Map.of("year", 2091, "quarter", 2));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String cycle = opened.json().path("businessKey").asText();
    engine.runDueJobs(cycle);

    Tasklist church = new Tasklist(Rest.as(port, "hudiksvall-kyrkan-1", password));
    String task = church.task(cycle, SUBMIT);
    browser.login("hudiksvall-kyrkan-1", "tasklist", password).openAndClaim(task);
    assertThat(browser.text(EMBEDDED_FORM)).contains("Svenska kyrkan Hudiksvall");
    browser.clickText("button", "Lägg till observation");
    browser.select("#category-0", "Mopedstölder").select("#area-0", "Iggesund").selectFirst("#timeBand-0")
        .selectFirst("#severity-0").type("#description-0", "Mopeder stulna vid församlingshemmet");
    browser.assertAccessible("situation input of an organisation added at runtime", EMBEDDED_FORM);
    browser.screenshot("tasklist-runtime-council-and-category");
    browser.complete("submission completed", () -> church.tasks(cycle, SUBMIT).isEmpty());
  }

  /**
   * Älvkarleby's quarter 2100 Q3, later than every other test's Älvkarleby quarter that reaches a decision, so its
   * decision is never another test's "previous decision" (2100 Q4 is ApiBadInputIT's, which never gets that far); and
   * Söderhamn (a council set up here). Used only here.
   */
  private static final int REGIONAL_YEAR = 2100;

  /**
   * A regional coordinator follows Söderhamn and Älvkarleby: the administrator adds a Söderhamn coordinator to
   * Älvkarleby's coordinator group; the dashboard shows both municipalities side by side, and Älvkarleby's quarter
   * with its interventions by their lead's traffic light (one yellow, one not reported yet).
   */
  @Test
  void aRegionalCoordinatorSeesEachCouncilAndTheFollowUpsColours() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/admin/municipalities", Map.of("id", "soderhamn", "name", "Söderhamn",
        "policeArea", "Hälsingland", "quarterlyCycle", false, "areas", List.of("Söderhamn centrum", "Ljusne")))
        .status()).isEqualTo(201);
    String password = "Forsta#Inloggning27";
    String regional = "region-halsingland-1";
    assertThat(admin.post("/api/admin/municipalities/soderhamn/people", Map.of("userId", regional,
        "firstName", "Regional", "lastName", "Samordnare", "email", regional + "@example.org",
        "initialPassword", password, "groups", List.of("coordinator"))).status()).isEqualTo(201);
    assertThat(admin.post("/api/admin/municipalities/alvkarleby/people/" + regional + "/groups",
        Map.of("groups", List.of("coordinator"))).status()).isEqualTo(201);

    engine.setClock(at(REGIONAL_YEAR, 6, 1));
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    String cycle = alvkarleby.open(REGIONAL_YEAR, 3);
    engine.runDueJobs(cycle);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(cycle, member, List.of(observation("KLOTTER", "Skutskär", 2, "Klotter vid stationen")));
    }
    engine.runDueJobs(cycle);
    alvkarleby.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    engine.evaluateEarlierInterventions(cycle);
    alvkarleby.propose(cycle, List.of(
        intervention("Trygghetsvandring i Skutskär", "police", REGIONAL_YEAR + "-07-01", REGIONAL_YEAR + "-09-30"),
        intervention("Klottersanering inom ett dygn", "leisure", REGIONAL_YEAR + "-07-01", REGIONAL_YEAR + "-09-30")));
    alvkarleby.chairApproves(cycle, REGIONAL_YEAR + "-06-12", 31);
    engine.runDueJobs(cycle);
    engine.advance(Duration.ofDays(15));
    engine.runDueJobs(cycle);
    Tasklist police = alvkarleby.as("kommunpolis");
    police.complete(police.task(cycle, REPORT), Map.of("trafficLight", "yellow", "progressCount", 1L,
        "statusComment", "En av tre vandringar gjord"));
    Rest.Response opened = Rest.as(port, regional, password).post("/api/cycles",
        Map.of("year", REGIONAL_YEAR, "quarter", 3, "municipality", "soderhamn"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);

    browser.login(regional, "cockpit", password);
    browser.waitUntil("the municipalities at a glance", () -> !browser.findAll("//table[contains(@class,"
        + "'direction-cycle-regional')]").isEmpty());
    String glance = browser.text(".direction-cycle-regional");
    assertThat(glance).contains("Kommunerna i korthet", "Älvkarleby", "Söderhamn", "Lägesbild");
    assertThat(browser.text(DASHBOARD)).as("nobody else's municipality").doesNotContain("Kalix");
    assertThat(dashboardRow("Älvkarleby " + REGIONAL_YEAR + " kvartal 3"))
        .contains("0 gröna", "1 gula", "0 röda", "1 ej rapporterade");
    browser.assertAccessible("the regional coordinator's dashboard", DASHBOARD);
    browser.screenshotOf(".direction-cycle-regional", "cockpit-dashboard-regional");
  }

  private static java.util.Date at(int year, int month, int day) {
    return java.util.Date.from(java.time.LocalDateTime.of(year, month, day, 9, 0)
        .atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant());
  }

  private String dashboardRow(String cycle) {
    String xpath = "//tr[td[1][normalize-space()='" + cycle + "']]";
    browser.waitUntil("dashboard lists " + cycle, () -> !browser.findAll(xpath).isEmpty());
    return browser.findAll(xpath).get(0).getText();
  }

  /**
   * The situation report's charts (issue 16): Kalix 2045 Q1 (used only here, never decided) is compiled from five
   * submissions; the coordinator's review task in Tasklist and the Cockpit dashboard show the three charts, each loaded
   * and with its alt text. Areas: Töre 5 and Kalix centrum 6 shown, Sangis 1 and Nyborg 4 only as a group of 5.
   */
  @Test
  void theSituationReportsChartsAreShownInTheReviewTaskAndTheDashboard() {
    int year = 2045;
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    String cycle = kalix.open(year, 1);
    engine.runDueJobs(cycle);
    Map<String, String> third = Map.of("skola", "Sangis", "fritid", "Nyborg", "ifo", "Nyborg", "kommunpolis", "Nyborg",
        "bostad", "Nyborg");
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "bostad")) {
      List<Map<String, Object>> observations = new java.util.ArrayList<>(List.of(
          observation("KLOTTER", "Töre", 2, "Klotter vid busshållplatsen"),
          observation("KLOTTER", "Kalix centrum", 2, "Klotter i gångtunneln"),
          observation("KLOTTER", third.get(member), 1, "Klotter på elskåp")));
      if (member.equals("kommunpolis")) {
        observations.add(observation("KLOTTER", "Kalix centrum", 3, "Klotter på skolans fasad"));
        observations.add(observation("NEDSKRAPNING", "Töre", 1, "Skräp vid badplatsen"));
      }
      kalix.submitSituationInput(cycle, member, observations);
    }
    engine.runDueJobs(cycle);

    Tasklist coordinator = kalix.as("samordnare");
    browser.login("kalix-samordnare", "tasklist").openAndClaim(coordinator.task(cycle, REVIEW));
    assertChartsLoaded(CAMUNDA_FORM, List.of("problems.png", "categories.png", "indicators.png"));
    assertThat(browser.text(CAMUNDA_FORM)).contains("Lägesbilden i diagram", "ingår i Övriga områden");
    browser.assertAccessible("situation report review form with charts", CAMUNDA_FORM);
    browser.show(CAMUNDA_FORM + " img[src$='/charts/problems.png']").screenshot("tasklist-review-charts");

    browser.login("kalix-samordnare", "cockpit");
    String section = "section[aria-label='Lägesbilden Kalix " + year + " kvartal 1 i diagram']";
    // closed until asked for: none of the pictures is drawn before the coordinator opens them
    browser.clickText("summary", "Lägesbilden i diagram: Kalix " + year + " kvartal 1");
    assertChartsLoaded(section, List.of("problems.png", "categories.png", "indicators.png"));
    browser.assertAccessible("Cockpit dashboard charts", section);
    browser.show(section).screenshotOf(section, "cockpit-dashboard-charts");
  }

  /** Each chart under the element is an image the browser has loaded (a PNG it could decode), with alt text. */
  private void assertChartsLoaded(String within, List<String> charts) {
    for (String chart : charts) {
      String css = within + " img[src$='/charts/" + chart + "']";
      browser.waitUntil(chart + " loaded", () -> {
        org.openqa.selenium.WebElement image = browser.find(css);
        return "true".equals(image.getDomProperty("complete"))
            && Integer.parseInt(String.valueOf(image.getDomProperty("naturalWidth"))) > 0;
      });
      org.openqa.selenium.WebElement image = browser.find(css);
      assertThat(Integer.parseInt(image.getDomProperty("naturalWidth"))).as(chart).isEqualTo(1000);
      assertThat(image.getDomAttribute("alt")).as(chart + " alt text").isNotBlank().contains("diagram");
    }
  }

  /**
   * The map (issue 16) in Cockpit under its Content-Security-Policy: Bollnäs (used only here) gets its areas' places
   * from a GeoJSON upload and a compiled quarter (2098 Q4); its coordinator's dashboard draws the areas with Leaflet
   * from the application's WebJar (no tiles configured: the areas alone), labelled and shaded, with the figures as
   * a table, and passes axe.
   */
  @Test
  void theDashboardDrawsTheAreasOnAMapWithTheirObservations() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/admin/municipalities", Map.of("id", "bollnas", "name", "Bollnäs", "quarterlyCycle",
        false, "areas", List.of("Centrum", "Kilafors", "Arbrå"))).status()).isEqualTo(201);
    for (Map.Entry<String, List<String>> person : Map.of("bollnas-samordnare", List.of("coordinator"),
        "bollnas-kommunpolis", List.of("police")).entrySet()) {
      assertThat(admin.post("/api/admin/municipalities/bollnas/people", Map.of("userId", person.getKey(),
          "firstName", "Kontakt", "lastName", "Bollnäs", "email", person.getKey() + "@example.org",
          "initialPassword", Rest.DEMO_PASSWORD, "groups", person.getValue())).status()).isEqualTo(201);
    }
    Map<String, Object> centrum = Map.of("type", "Feature", "properties", Map.of("name", "Centrum"), "geometry",
        Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(16.30, 61.32), List.of(16.45, 61.32),
            List.of(16.47, 61.38), List.of(16.38, 61.41), List.of(16.29, 61.37), List.of(16.30, 61.32)))));
    Map<String, Object> kilafors = Map.of("type", "Feature", "properties", Map.of("name", "Kilafors"), "geometry",
        Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(16.50, 61.19), List.of(16.64, 61.19),
            List.of(16.62, 61.27), List.of(16.52, 61.26), List.of(16.50, 61.19)))));
    Map<String, Object> arbra = Map.of("type", "Feature", "properties", Map.of("name", "Arbrå"), "geometry",
        Map.of("type", "Point", "coordinates", List.of(16.38, 61.47)));
    Rest.Response uploaded = admin.put("/api/admin/municipalities/bollnas/areas/geometry",
        Map.of("type", "FeatureCollection", "features", List.of(centrum, kilafors, arbra)));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    QuarterScenario bollnas = new QuarterScenario(port, "bollnas");
    String cycle = bollnas.open(2098, 4);
    engine.runDueJobs(cycle);
    List<Map<String, Object>> observations = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      observations.add(observation("KLOTTER", "Centrum", 2, "Klotter vid resecentrum"));
    }
    for (int i = 0; i < 5; i++) {
      observations.add(observation("SKADEGORELSE", "Kilafors", 1, "Krossad busskur"));
    }
    observations.add(observation("SKADEGORELSE", "Arbrå", 1, "Krossad busskur"));
    bollnas.submitSituationInput(cycle, "kommunpolis", observations);
    engine.runDueJobs(cycle);

    browser.login("bollnas-samordnare", "cockpit");
    browser.waitUntil("the map is drawn", () -> !browser.findAll("//div[@class='direction-cycle-maps' and @data-drawn='true']")
        .isEmpty());
    assertThat(browser.findAll("//div[contains(@class,'direction-cycle-map ')]//*[local-name()='path' and "
        + "contains(@class,'leaflet-interactive')]")).as("two polygons and the point's circle").hasSize(3);
    assertThat(browser.findAll("//img[contains(@class,'leaflet-tile')]")).as("no tile server configured").isEmpty();
    assertThat(browser.text(".direction-cycle-maps")).contains("Karta: Bollnäs – observationer i lägesbilden 2098 kvartal 4",
        "Centrum\n12", "Kilafors\n–", "Arbrå\n–");
    // Arbrå's one observation joins the group, with Kilafors (the smallest named area) so that the group is not under 5
    String table = browser.text(".direction-cycle-map-table");
    assertThat(table).contains("Observationer och pågående insatser per område – Bollnäs 2098 kvartal 4", "Centrum 12",
        "Kilafors –", "Arbrå –", "Övriga områden (sammanslagna) 6").doesNotContain("Arbrå 1")
        .doesNotContain("Kilafors 5");
    browser.assertAccessible("Cockpit dashboard with the map", DASHBOARD);
    browser.show(".direction-cycle-maps").screenshotOf(".direction-cycle-map-section", "cockpit-dashboard-map");
  }
}

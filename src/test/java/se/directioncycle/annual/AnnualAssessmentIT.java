package se.directioncycle.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.document.PublicDocument;
import se.directioncycle.document.PublicDocuments;
import se.directioncycle.notification.Notification;
import se.directioncycle.notification.Notifications;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;
import se.directioncycle.support.WebappSession;

/**
 * A Kalix year's annual assessment run through HTTP by the demo people: one quarter's situation report,
 * the import task's reminder and overdue notice at their configured times, the survey uploaded in the import task,
 * the action plan returned once by the board and then approved, and the decided plan registered once as a PDF,
 * sent to the board and the coordinator and cited by the compliance view. Kalix 2067 is used only here.
 */
@IntegrationTest
class AnnualAssessmentIT {

  private static final int YEAR = 2067;
  private static final String KEY = "kalix-" + YEAR + "-arsbedomning";
  private static final String IMPORT = "UserTask_ImportSafetySurvey";
  private static final String PREPARE = "UserTask_PrepareActionPlan";
  private static final String DECIDE = "UserTask_DecideActionPlan";

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  AnnualAssessmentRepository assessments;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  Notifications notifications;
  @Autowired
  PublicDocuments publicDocuments;
  @Autowired
  AnnualAssessmentService assessmentService;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void aKalixYearFromSurveyToDecidedActionPlan() throws Exception {
    // a quarter of the year with a compiled situation report
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    String q1 = kalix.open(YEAR, 1);
    engine.runDueJobs(q1);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(q1, member, List.of(observation("KLOTTER", "Töre", 2, "Klotter vid busshållplatsen")));
    }
    engine.runDueJobs(q1);

    // the coordinator starts the year; a second start, bad input and others are refused
    Rest coordinatorRest = Rest.as(port, "kalix-samordnare");
    Rest.Response started = coordinatorRest.post("/api/annual-assessments", Map.of("year", YEAR));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().path("businessKey").asText()).isEqualTo(KEY);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY).singleResult().getTenantId())
        .isEqualTo("kalix");
    engine.runDueJobs(KEY);
    assertThat(dashboard("kalix-samordnare")).as("the coordinators' Cockpit dashboard")
        .contains(KEY, "Importera trygghetsmätning");
    assertThat(dashboard("alvkarleby-samordnare")).doesNotContain(KEY);

    Rest.Response duplicate = coordinatorRest.post("/api/annual-assessments", Map.of("year", YEAR));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message())
        .isEqualTo("Det finns redan en årlig bedömning för Kalix 2067. En kommun kan bara ha en årlig bedömning per år.");
    Rest.Response badYear = coordinatorRest.post("/api/annual-assessments", Map.of("year", "tjugo"));
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.message()).contains("«År» måste vara ett heltal");
    Rest.Response unreadable = coordinatorRest.post("/api/annual-assessments", "application/json",
        "{\"year\":".getBytes(StandardCharsets.UTF_8));
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.message()).startsWith("Begäran kunde inte läsas.");
    assertThat(coordinatorRest.post("/api/annual-assessments", Map.of("year", 1999)).message())
        .contains("«År» måste vara mellan 2020 och 2100");
    Rest.Response member = Rest.as(port, "kalix-skola").post("/api/annual-assessments", Map.of("year", YEAR + 1));
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.message()).isEqualTo("Du har inte behörighet att starta en årlig bedömning. Det gör samordnaren.");
    Rest.Response otherMunicipality = Rest.as(port, "alvkarleby-samordnare")
        .post("/api/annual-assessments", Map.of("year", YEAR + 1, "municipality", "kalix"));
    assertThat(otherMunicipality.status()).isEqualTo(400);
    assertThat(otherMunicipality.message()).isEqualTo("Du kan bara starta processer för din egen kommun.");
    assertThat(Rest.anonymous(port).post("/api/annual-assessments", Map.of("year", YEAR + 1)).status()).isEqualTo(401);
    assertThat(assessments.findByMunicipalityAndYear("kalix", YEAR + 1)).isEmpty();
    engine.runDueJobs(KEY);

    // (0) the import task's reminder and overdue notice fire at the configured times (P7D before the P30D due date)
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY).singleResult().getId();
    Date importDue = (Date) runtimeService.getVariable(instanceId, "importDueAt");
    Date importReminder = (Date) runtimeService.getVariable(instanceId, "importReminderAt");
    Date openedAt = Date.from(assessments.findByMunicipalityAndYear("kalix", YEAR).orElseThrow().getOpenedAt());
    assertThat(importDue).isEqualTo(Date.from(openedAt.toInstant().plus(Duration.ofDays(30))));
    assertThat(importReminder).isEqualTo(Date.from(importDue.toInstant().minus(Duration.ofDays(7))));
    engine.setClock(Date.from(importReminder.toInstant().minusSeconds(60)));
    engine.runDueJobs(KEY);
    assertThat(notices("annual-reminder")).as("not before the reminder time").isEmpty();
    engine.setClock(Date.from(importReminder.toInstant().plusSeconds(60)));
    engine.runDueJobs(KEY);
    assertThat(notices("annual-reminder")).extracting(Notification::getRecipientGroup, Notification::getSubject)
        .containsExactly(tuple("kalix-coordinator", "Påminnelse: Importera trygghetsmätning – Kalix 2067"));
    assertThat(notices("annual-reminder").get(0).getBody()).contains("är inte klar. Sista dag är "
        + minute(importDue));
    assertThat(notices("annual-overdue")).isEmpty();
    engine.setClock(Date.from(importDue.toInstant().plusSeconds(60)));
    engine.runDueJobs(KEY);
    assertThat(notices("annual-overdue")).extracting(Notification::getRecipientGroup, Notification::getSubject)
        .containsExactly(tuple("kalix-coordinator", "Försenad: Importera trygghetsmätning – Kalix 2067"));
    assertThat(notices("annual-reminder")).as("each notice once").hasSize(1);

    // (1) the survey is uploaded in the task: a wrong file is refused line by line and nothing is saved
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");
    String importTask = coordinator.task(KEY, IMPORT);
    assertThat(Tasklist.as(port, "kalix-kommunalrad").tasks(KEY, IMPORT)).isEmpty();
    assertThat(Tasklist.as(port, "alvkarleby-samordnare").tasks(KEY)).as("another municipality sees nothing").isEmpty();
    Rest.Response foreign = Tasklist.as(port, "alvkarleby-samordnare").submit(importTask, surveyFile("survey.csv", survey(YEAR)));
    assertThat(foreign.status()).isEqualTo(403);

    Rest.Response noFile = coordinator.submit(importTask, new LinkedHashMap<>(java.util.Collections.singletonMap("surveyFile", null)));
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.message()).contains("«Trygghetsmätning (CSV-fil, högst 1 MB)» måste väljas.");
    Rest.Response notCsv = coordinator.submit(importTask, surveyFile("survey.xlsx", survey(YEAR)));
    assertThat(notCsv.status()).isEqualTo(400);
    assertThat(notCsv.message()).contains("måste vara en CSV-fil (filnamnet ska sluta på .csv)");
    String wrong = new String(survey(YEAR), StandardCharsets.UTF_8)
        .replace(YEAR + ";Hela kommunen;TRYGG_KVALL;68,4;412", YEAR + ";Hela kommunen;TRYGG_KVALL;168,4;412")
        .replaceFirst("\n" + YEAR + ";", "\n" + (YEAR - 1) + ";");
    Rest.Response refusedFile = coordinator.submit(importTask, surveyFile("trygghet.csv", wrong.getBytes(StandardCharsets.UTF_8)));
    assertThat(refusedFile.status()).as(refusedFile.body()).isEqualTo(400);
    assertThat(refusedFile.message()).contains("Filen togs inte emot: 2 fel. Inget har sparats",
        "Rad 2, kolumn «år»: är " + (YEAR - 1) + " men importen gäller " + YEAR,
        "kolumn «andel_procent»: måste vara ett tal mellan 0 och 100");
    assertThat(coordinator.tasks(KEY, IMPORT)).as("the task stays open").hasSize(1);
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/municipalities/kalix/safety-surveys/" + YEAR).status())
        .as("nothing is saved").isEqualTo(404);

    coordinator.complete(importTask, surveyFile("trygghetsmatning-" + YEAR + ".csv", survey(YEAR)));
    assertThat(coordinator.tasks(KEY, IMPORT)).as("a good file completes the task").isEmpty();
    Rest.Response stored = Rest.as(port, "kalix-samordnare").get("/api/municipalities/kalix/safety-surveys/" + YEAR);
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(stored.json().path("importedBy").asText()).isEqualTo("kalix-samordnare");
    assertThat(stored.json().path("rowCount").asInt()).isPositive();

    // (2) the year's picture is compiled and stored
    engine.runDueJobs(KEY);
    String planTask = coordinator.task(KEY, PREPARE);
    String picture = coordinator.formVariables(planTask).path("annualPicture").path("value").asText();
    assertThat(picture).contains("Årets lägesbild 2067 – Kalix", "1 av 4 kvartalslägesbilder (saknas för kvartal 2, 3, 4)",
        "Klotter: 5 observationer",
        "Känner sig trygg utomhus sent på kvällen i sitt bostadsområde: 68,4 % (412 svar)",
        "3 rader med färre än 5 svarande visas inte",
        "#### Samverkansöverenskommelse", "Saknas: ingen samverkansöverenskommelse i registret gäller vid årets slut (2067-12-31).");
    AnnualAssessment compiled = assessments.findByMunicipalityAndYear("kalix", YEAR).orElseThrow();
    assertThat(compiled.getQuarterReports()).isEqualTo(1);
    assertThat(compiled.getSurveyId()).isNotNull();
    assertThat(compiled.getPictureSummary()).isEqualTo(picture);
    assertThat(compiled.getStatus()).isEqualTo(AnnualAssessmentStatus.OPEN);

    // (3) bad plan input is refused with messages naming the fields
    Map<String, Object> bad = new LinkedHashMap<>(plan("Klotter vid busshållplatser"));
    bad.put("focusAreas", "Ring 070-123 45 67 om klottret");
    bad.remove("measures");
    bad.put("responsible", "x".repeat(2001));
    Rest.Response refused = coordinator.submit(planTask, bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("«Fokusområden»", "telefonnummer", "«Åtgärder» måste fyllas i",
        "«Ansvariga» får vara högst 2000 tecken");
    Map<String, Object> sneaky = new LinkedHashMap<>(plan("Klotter"));
    sneaky.put("commissionerGroup", "kalix-skola");
    assertThat(coordinator.submit(planTask, sneaky).status()).as("a form cannot overwrite the groups").isEqualTo(400);
    coordinator.complete(planTask, plan("Klotter vid busshållplatser"));

    // (4) the board returns the plan with a comment, then approves the revised plan
    Tasklist board = Tasklist.as(port, "kalix-kommunalrad");
    assertThat(Tasklist.as(port, "kalix-skola").tasks(KEY, DECIDE)).as("only the board and the coordinator see it").isEmpty();
    String decideTask = board.task(KEY, DECIDE);
    assertThat(board.formVariables(decideTask).path("actionPlanText").path("value").asText())
        .as("the plan as the board's form shows it").startsWith("#### Fokusområden\n\nKlotter vid busshållplatser")
        .contains("#### Åtgärder\n\nSnabbsanering inom två dygn", "#### Uppföljning\n\nKvartalsvis i BRÅ");
    assertThat(board.submit(decideTask, Map.of("boardDecision", "maybe")).message())
        .contains("«Beslut» har ett värde som inte finns bland valen");
    assertThat(board.submit(decideTask, Map.of("boardDecision", "approve", "decisionDate", "den tionde",
        "protocolParagraph", 12L)).message()).contains("«Beslutsdatum» måste vara ett datum");
    Rest.Response noComment = board.submit(decideTask, Map.of("boardDecision", "return"));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.message()).contains("«Kommentar» måste fyllas i");
    board.complete(decideTask, Map.of("boardDecision", "return", "boardComment",
        "Lägg till buskörningen i Töre. <img src=x onerror=alert(1)> fler än 3 < 5"));

    planTask = coordinator.task(KEY, PREPARE);
    assertThat(coordinator.formVariables(planTask).path("boardComment").path("value").asText())
        .isEqualTo("Lägg till buskörningen i Töre. <img src=x onerror=alert(1)> fler än 3 < 5");
    assertThat(coordinator.formVariables(planTask).path("boardCommentText").path("value").asText())
        .as("the comment as the plan form shows it")
        .isEqualTo("Lägg till buskörningen i Töre. &lt;img src=x onerror=alert(1)&gt; fler än 3 &lt; 5");
    coordinator.complete(planTask, plan("Klotter vid busshållplatser och buskörning i Töre"));

    decideTask = board.task(KEY, DECIDE);
    assertThat(board.formVariables(decideTask).path("boardComment").path("value").isMissingNode()
        || board.formVariables(decideTask).path("boardComment").path("value").isNull())
        .as("the revised plan reaches the board without the old return comment").isTrue();
    Rest.Response noDate = board.submit(decideTask, Map.of("boardDecision", "approve", "protocolParagraph", 0L));
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.message()).contains("«Beslutsdatum» måste fyllas i", "«Protokollsparagraf (§)» måste vara mellan 1 och 9999");
    board.complete(decideTask, Map.of("boardDecision", "approve", "boardComment", "",
        "decisionDate", "2067-12-10", "protocolParagraph", 42L));

    // (5) the plan is stored as decided
    engine.runDueJobs(KEY);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY).count()).isZero();
    AnnualAssessment decided = assessments.findByMunicipalityAndYear("kalix", YEAR).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(AnnualAssessmentStatus.DECIDED);
    assertThat(decided.getActionPlan().focusAreas()).isEqualTo("Klotter vid busshållplatser och buskörning i Töre");
    assertThat(decided.getActionPlan().responsible()).isEqualTo("Tekniska förvaltningen och polisen");
    assertThat(decided.getPlanRevision()).isEqualTo(2);
    assertThat(decided.getDecisionDate()).isEqualTo(LocalDate.of(2067, 12, 10));
    assertThat(decided.getProtocolParagraph()).isEqualTo(42);
    assertThat(decided.getDecidedBy()).isEqualTo("kalix-kommunalrad");
    assertThat(decided.getDecidedAt()).isNotNull();

    // (6) the decided plan is a public document, made once by its own step, and mailed to the board and the coordinator
    List<PublicDocument> documents = publicDocuments.metadataOf(List.of("kalix")).stream()
        .filter(d -> d.sourceKey().equals(ActionPlanDecided.documentKey(decided.getId())))
        .map(d -> publicDocuments.find(d.sourceKey()).orElseThrow()).toList();
    assertThat(documents).hasSize(1);
    PublicDocument document = documents.get(0);
    assertThat(document.getKind()).isEqualTo(PublicDocument.Kind.ANNUAL_ACTION_PLAN);
    assertThat(document.getAnnualAssessmentId()).isEqualTo(decided.getId());
    assertThat(document.getCycleId()).isNull();
    assertThat(document.getTitle()).isEqualTo("Åtgärdsplan 2067 – Kalix");
    assertThat(document.getFileName()).isEqualTo("atgardsplan-kalix-2067-arsbedomning.pdf");
    assertThat(document.getSha256()).isEqualTo(DigestUtils.sha256Hex(document.getContent()));
    HttpResponse<byte[]> pdf = download("kalix-samordnare", "/api/documents/" + document.getId());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.headers().firstValue("X-Content-SHA256")).hasValue(document.getSha256());
    assertThat(text(pdf.body())).contains("Åtgärdsplan 2067 – Kalix", "Kommunstyrelsen 2067-12-10, § 42",
        "Fokusområden", "Klotter vid busshållplatser och buskörning i Töre", "Snabbsanering inom två dygn",
        "Tekniska förvaltningen och polisen", "Kvartalsvis i BRÅ", "Årets lägesbild 2067 – Kalix",
        "Klotter: 5 observationer", "Trygghetsmätningen över åren");
    assertThat(images(pdf.body())).as("the safety survey's chart").isEqualTo(1);
    assertThat(download("alvkarleby-samordnare", "/api/documents/" + document.getId()).statusCode())
        .as("another municipality's coordinator").isEqualTo(404);
    assertThat(notices("action-plan-decided")).extracting(Notification::getRecipientGroup, Notification::getSubject,
            Notification::getAttachmentSourceKey)
        .containsExactly(tuple("kalix-commissioner", "Åtgärdsplan 2067 – Kalix", document.getSourceKey()),
            tuple("kalix-coordinator", "Åtgärdsplan 2067 – Kalix", document.getSourceKey()));
    assertThat(notices("action-plan-decided").get(0).getBody()).startsWith("Till kommunstyrelsen: ")
        .contains("antog åtgärdsplanen 2067 för Kalix den 2067-12-10 (§ 42)");

    // what a retried publishing job does again adds neither a document nor a message
    assessmentService.publishDecision(decided.getId());
    assertThat(publicDocuments.metadataOf(List.of("kalix")).stream()
        .filter(d -> d.sourceKey().equals(document.getSourceKey()))).hasSize(1);
    assertThat(notices("action-plan-decided")).hasSize(2);

    // the compliance view and the history link the registered document as the plan's evidence
    JsonNode compliance = cockpit("compliance?year=" + YEAR).get(0);
    JsonNode actionPlan = null;
    for (JsonNode obligation : compliance.path("obligations")) {
      if (obligation.path("code").asText().equals("ACTION_PLAN")) {
        actionPlan = obligation;
      }
    }
    assertThat(actionPlan).isNotNull();
    assertThat(actionPlan.path("met").asBoolean()).isTrue();
    assertThat(actionPlan.path("evidence").toString()).contains("/documents/" + document.getSourceKey());
    assertThat(cockpit("history?year=" + YEAR).toString()).contains("/documents/" + document.getSourceKey());

    assertThat(dashboard("kalix-samordnare")).as("a decided assessment leaves the dashboard").doesNotContain(KEY);
    Rest.Response listed = coordinatorRest.get("/api/annual-assessments");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains(KEY, "DECIDED");
    assertThat(Rest.as(port, "alvkarleby-samordnare").get("/api/annual-assessments").body()).doesNotContain(KEY);
  }

  private List<Notification> notices(String kind) {
    return notifications.recorded("kalix", kind).stream()
        .filter(n -> n.getSubject().contains(YEAR + " – Kalix") || n.getSubject().endsWith("Kalix " + YEAR)).toList();
  }

  /** Swedish local time to the minute, as the notices write it. */
  private static String minute(Date date) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(date.toInstant().atZone(ZoneId.of("Europe/Stockholm")));
  }

  private HttpResponse<byte[]> download(String user, String path) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + Rest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The images drawn on the document's pages (one drawn across a page break counts once). */
  private static int images(byte[] pdf) throws Exception {
    java.util.Set<Object> images = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
        for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
            images.add(image.getCOSObject());
          }
        }
      }
    }
    return images.size();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private JsonNode cockpit(String what) throws Exception {
    var response = WebappSession.login(port, "kalix-samordnare", "cockpit")
        .get("/camunda/api/cockpit/plugin/direction-cycle/default/" + what);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private String dashboard(String coordinator) throws Exception {
    var response = WebappSession.login(port, coordinator, "cockpit")
        .get("/camunda/api/cockpit/plugin/direction-cycle/default/annual-assessments");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static Map<String, Object> plan(String focusAreas) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("focusAreas", focusAreas);
    plan.put("measures", "Snabbsanering inom två dygn; fältvandringar fredagskvällar.");
    plan.put("responsible", "Tekniska förvaltningen och polisen");
    plan.put("followUp", "Kvartalsvis i BRÅ med antal klotteranmälningar och trygghetsmätningen.");
    return plan;
  }

  private static Map<String, Object> surveyFile(String filename, byte[] content) {
    return Map.of("surveyFile", new Tasklist.File(filename, "text/csv", content));
  }

  private static byte[] survey(int year) throws Exception {
    String text = Files.readString(Path.of("docs/samples/safety-survey.csv"), StandardCharsets.UTF_8);
    return text.replace("\n2024;", "\n" + year + ";").getBytes(StandardCharsets.UTF_8);
  }
}

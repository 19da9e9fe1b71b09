package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.promise.CitizenPromiseVariables;
import se.directioncycle.promise.PromisePeriod;
import se.directioncycle.promise.PromisePeriodService;
import se.directioncycle.promise.PromisePeriodStatus;
import se.directioncycle.promise.PublishFeedbackReportDelegate;
import se.directioncycle.promise.PublishPromisesDelegate;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/**
 * The signed citizen promises and the feedback report as PDF: a Kalix period 2081–2082 driven through the Java API
 * with the variables the forms submit, as its people, to published and to closed. Each PDF is made once even when
 * its step runs again, names roles and never people, opens for the municipality after login and for anyone through
 * the open data's link; a draft has no document. Kalix start years 2081–2085 are used only here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PromiseDocumentIT {

  private static final String KEY = "kalix-2081-2082";
  private static final String DRAFT_KEY = "kalix-2083-2084";
  private static final String OPEN_DATA = "/open-data/citizen-promises/";
  private static final List<String> USER_IDS = List.of("kalix-kommunalrad", "kalix-lpo-chef", "kalix-samordnare",
      "kalix-kommunpolis");

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  IdentityService identityService;
  @Autowired
  PromisePeriodService periods;
  @Autowired
  PublicDocumentRepository documents;
  @Autowired
  DocumentDownloadRepository downloads;
  @Autowired
  PublishPromisesDelegate publishPromises;
  @Autowired
  PublishFeedbackReportDelegate publishFeedbackReport;

  long periodId;

  @BeforeAll
  void publishAKalixPeriod() {
    engine.setClock(at(2080, 9, 1));
    as("kalix-samordnare", () -> runtimeService.createProcessInstanceByKey(CitizenPromiseVariables.PROCESS_KEY)
        .setVariables(Map.of("startYear", 2081)).execute());
    as("kalix-samordnare", () -> runtimeService.createProcessInstanceByKey(CitizenPromiseVariables.PROCESS_KEY)
        .setVariables(Map.of("startYear", 2083)).execute()); // stays a draft
    engine.runDueJobs(KEY, DRAFT_KEY);

    for (Task dialogue : tasks("UserTask_RecordDialogue")) {
      submit("kalix-samordnare", dialogue, Map.of("dialogueMethod", "walk", "heldOn", "2080-08-20",
          "participants", 42L, "places", "Kalix centrum, Töre",
          "themesRaised", "Buskörning med A-traktorer, otrygghet vid busshållplatser kvällstid."));
    }
    engine.runDueJobs(KEY);
    submit("kalix-kommunpolis", only("UserTask_DecideFocusAreas"), Map.of(
        "focusAreas", json("[\"BUSKORNING_MOPED_ATRAKTOR\",\"KLOTTER\"]"),
        "focusMotivation", "Dialogerna bekräftar statistiken."));
    submit("kalix-samordnare", only("UserTask_DraftPromises"), Map.of("promiseDraft", json(Rest.write(draft()))));
    submit("kalix-kommunalrad", only("UserTask_ReviewPromises"), Map.of("reviewDecision", "approve"));
    submit("kalix-kommunalrad", only("UserTask_SignAsCommissioner"), Map.of("signature", "sign"));
    submit("kalix-lpo-chef", only("UserTask_SignAsPoliceChief"), Map.of("signature", "sign"));
    engine.runDueJobs(KEY);

    PromisePeriod period = period(KEY);
    assertThat(period.getStatus()).isEqualTo(PromisePeriodStatus.IN_FORCE);
    assertThat(period.getCommissionerSignedBy()).as("who signed is kept, just not printed").isEqualTo("kalix-kommunalrad");
    periodId = period.getId();
  }

  @AfterAll
  void resetClock() {
    engine.resetClock();
  }

  private PromisePeriod period(String businessKey) {
    return periods.ofMunicipalities(List.of("kalix")).stream().filter(p -> p.getBusinessKey().equals(businessKey))
        .findFirst().orElseThrow();
  }

  @Test
  @Order(1)
  void theSignedPromisesAreMadeOnceEvenWhenThePublishingStepRunsAgain() {
    PublicDocument promises = only(PublicDocument.Kind.CITIZEN_PROMISES);
    publishPromises.execute(execution());
    publishPromises.execute(execution());

    assertThat(documents.findByPromisePeriodIdOrderById(periodId)).extracting(PublicDocument::getId)
        .containsExactly(promises.getId());
    assertThat(promises.getTitle()).isEqualTo("Medborgarlöften Kalix 2081–2082");
    assertThat(promises.getFileName()).isEqualTo("medborgarloften-kalix-2081-2082.pdf");
    assertThat(promises.getSourceKey()).isEqualTo("citizen-promises:" + periodId);
    assertThat(promises.getCycleId()).isNull();
    assertThat(promises.getMunicipality()).isEqualTo("kalix");
  }

  @Test
  @Order(2)
  void thePromisesPdfHasThemesCommitmentsSignaturesByRoleAndWhatTheyRestOn() throws IOException {
    String text = text(only(PublicDocument.Kind.CITIZEN_PROMISES).getContent());
    assertThat(text).contains("Medborgarlöften Kalix 2081–2082",
        "Tema 1: Polisiär närvaro och trafiksäkerhet", "Fokusområde: Buskörning med moped/A-traktor",
        "Målsättning: Minska buskörningen i centrum",
        "Parter Åtagande Mål per år Indikator",
        "Polisen Riktade insatser mot buskörning 120 insatser Antal genomförda insatser",
        "Kalixbo Trygghetsvandringar med bostadsbolaget 2 vandringar Antal genomförda trygghetsvandringar",
        "Kommunalrådet undertecknat 2080-09-01", "Lokalpolisområdeschefen undertecknat 2080-09-01",
        "Vad löftena bygger på", "Klotter (<5 observationer", "Dialogerna bekräftar statistiken.",
        "Medborgardialog Trygghetsvandring 2080-08-20 42 Kalix centrum, Töre", "Medarbetardialog", "Rådets underlag",
        "Kalix centrum, Töre", "otrygghet vid busshållplatser", "Statistikanalys i korthet",
        "Problem efter antal observationer 2079–2080", "Årets lägesbild 2079 – Kalix:");
    assertThat(text.indexOf("Medborgardialog")).as("the dialogues in their stages' order")
        .isLessThan(text.indexOf("Medarbetardialog"));
    assertThat(text.indexOf("Medarbetardialog")).isLessThan(text.indexOf("Rådets underlag"));
    assertNoPeople(text);
  }

  @Test
  @Order(3)
  void theMunicipalityOpensItAfterLoginAndAnyoneThroughTheOpenData() throws Exception {
    PublicDocument promises = only(PublicDocument.Kind.CITIZEN_PROMISES);
    String link = "/documents/citizen-promises:" + periodId;
    HttpResponse<byte[]> pdf = WebappSession.login(port, "kalix-ordforande", "tasklist").getBytes(link);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body())).contains("Medborgarlöften Kalix 2081–2082");
    assertThat(WebappSession.login(port, "alvkarleby-ordforande", "tasklist").get(link).statusCode())
        .as("another municipality").isEqualTo(404);
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/documents").body()).contains("Medborgarlöften Kalix 2081–2082");
    assertThat(downloads.findByDocumentId(promises.getId())).extracting(DocumentDownload::getUserId)
        .contains("kalix-ordforande");

    JsonNode listed = Rest.anonymous(port).get(OPEN_DATA + KEY).json().path("documents");
    assertThat(listed).hasSize(1);
    assertThat(listed.path(0).path("title").asText()).isEqualTo("Medborgarlöften Kalix 2081–2082");
    String url = listed.path(0).path("url").asText();
    assertThat(url).isEqualTo(OPEN_DATA + KEY + "/documents/citizen-promises.pdf");
    HttpResponse<byte[]> open = anonymous(url);
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(open.headers().firstValue("X-Content-SHA256")).contains(promises.getSha256());
    assertThat(open.body()).isEqualTo(promises.getContent());

    assertThat(anonymous(OPEN_DATA + KEY + "/documents/citizen-promise-feedback.pdf").statusCode())
        .as("no feedback report before the period closes").isEqualTo(404);
    assertThat(anonymous(OPEN_DATA + KEY + "/documents/situation-report.pdf").statusCode()).isEqualTo(404);
    assertThat(anonymous(OPEN_DATA + DRAFT_KEY + "/documents/citizen-promises.pdf").statusCode())
        .as("a draft has no public document").isEqualTo(404);
    assertThat(anonymous(OPEN_DATA + "kalix-2085-2086/documents/citizen-promises.pdf").statusCode()).isEqualTo(404);
    long draftId = period(DRAFT_KEY).getId();
    assertThat(documents.findByPromisePeriodIdOrderById(draftId)).isEmpty();
  }

  @Test
  @Order(4)
  void theFeedbackReportIsMadeOnceWhenThePeriodClosesWithTheProgressPerCommitmentAndYear() throws IOException {
    for (int year : List.of(2081, 2082)) {
      engine.setClock(at(year, 12, 1));
      engine.runDueJobs(KEY);
      submit("kalix-kommunpolis", comment(true), Map.of("progressComment", "Polisens kommentar " + year + "."));
      submit("kalix-samordnare", comment(false), Map.of("progressComment", "Samverkansparternas kommentar " + year + "."));
      engine.runDueJobs(KEY);
    }
    submit("kalix-samordnare", only("UserTask_WriteFeedbackReport"), Map.of("feedbackReport",
        "Vi lovade 120 insatser mot buskörning per år.\n\n- Insatserna kom inte i gång som planerat.\n\nArbetet fortsätter."));
    engine.runDueJobs(KEY);
    assertThat(periods.get(periodId).getStatus()).isEqualTo(PromisePeriodStatus.CLOSED);

    PublicDocument feedback = only(PublicDocument.Kind.CITIZEN_PROMISE_FEEDBACK);
    publishFeedbackReport.execute(execution());
    assertThat(documents.findByPromisePeriodIdOrderById(periodId)).extracting(PublicDocument::getKind)
        .containsExactly(PublicDocument.Kind.CITIZEN_PROMISES, PublicDocument.Kind.CITIZEN_PROMISE_FEEDBACK);
    assertThat(feedback.getTitle()).isEqualTo("Återkoppling till medborgarna Kalix 2081–2082");
    assertThat(feedback.getFileName()).isEqualTo("aterkoppling-till-medborgarna-kalix-2081-2082.pdf");

    String text = text(feedback.getContent());
    assertThat(text).contains("Återkoppling till medborgarna Kalix 2081–2082",
        "Vi lovade 120 insatser mot buskörning per år.", "Insatserna kom inte i gång som planerat.",
        "Uppföljning per åtagande och år", "Riktade insatser mot buskörning 2081 0 120 insatser 0 %",
        "Riktade insatser mot buskörning 2082 0 120 insatser 0 %",
        "Trygghetsvandringar med bostadsbolaget 2082 0 2 vandringar 0 %", "Polisens kommentar 2082.");
    assertNoPeople(text);

    JsonNode listed = Rest.anonymous(port).get(OPEN_DATA + KEY).json().path("documents");
    assertThat(listed.findValuesAsText("url")).containsExactly(OPEN_DATA + KEY + "/documents/citizen-promises.pdf",
        OPEN_DATA + KEY + "/documents/citizen-promise-feedback.pdf");
    HttpResponse<byte[]> open = anonymous(OPEN_DATA + KEY + "/documents/citizen-promise-feedback.pdf");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.body()).isEqualTo(feedback.getContent());
    assertThat(Rest.anonymous(port).get(OPEN_DATA).body()).doesNotContain(DRAFT_KEY + "/documents");
  }

  private void assertNoPeople(String text) {
    assertThat(text).doesNotContain(USER_IDS);
    for (String userId : USER_IDS) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      assertThat(text).as("the name of " + userId).doesNotContain(user.getFirstName() + " " + user.getLastName());
    }
    assertThat(text).as("the demo people's last names end in (demo)").doesNotContain("(demo)");
  }

  private PublicDocument only(PublicDocument.Kind kind) {
    List<PublicDocument> found = documents.findByPromisePeriodIdOrderById(periodId).stream()
        .filter(d -> d.getKind() == kind).toList();
    assertThat(found).as(kind.name()).hasSize(1);
    return found.get(0);
  }

  private DelegateExecution execution() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(CitizenPromiseVariables.PERIOD_ID)).thenReturn(periodId);
    return execution;
  }

  /** The year's comment task of the police (its table lists the police's commitments) or of the coordinator. */
  private Task comment(boolean police) {
    return tasks("UserTask_CommentProgress").stream().filter(t -> police == "kalix-police".equals(
        runtimeService.getVariable(t.getExecutionId(), CitizenPromiseVariables.FOLLOW_UP_GROUP))).findFirst()
        .orElseThrow();
  }

  private List<Task> tasks(String definitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(KEY).taskDefinitionKey(definitionKey).list();
  }

  private Task only(String definitionKey) {
    List<Task> found = tasks(definitionKey);
    assertThat(found).as(definitionKey).hasSize(1);
    return found.get(0);
  }

  /** As Tasklist submits a form: as the user, with their groups and tenants, through the form service. */
  private void submit(String user, Task task, Map<String, Object> variables) {
    as(user, () -> {
      formService.submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    identityService.setAuthentication(user,
        identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
        identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList());
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  private static Map<String, Object> draft() {
    Map<String, Object> police = new LinkedHashMap<>();
    police.put("kind", "QUANTITATIVE");
    police.put("parties", List.of(Map.of("party", "POLICE")));
    police.put("description", "Riktade insatser mot buskörning");
    police.put("yearlyTarget", 120);
    police.put("unit", "insatser");
    police.put("indicator", "Antal genomförda insatser");
    Map<String, Object> partner = new LinkedHashMap<>();
    partner.put("kind", "QUANTITATIVE");
    partner.put("parties", List.of(Map.of("party", "PARTNER", "name", "Kalixbo")));
    partner.put("description", "Trygghetsvandringar med bostadsbolaget");
    partner.put("yearlyTarget", 2);
    partner.put("unit", "vandringar");
    partner.put("indicator", "Antal genomförda trygghetsvandringar");
    Map<String, Object> theme = new LinkedHashMap<>();
    theme.put("title", "Polisiär närvaro och trafiksäkerhet");
    theme.put("problemCategory", "BUSKORNING_MOPED_ATRAKTOR");
    theme.put("goal", "Minska buskörningen i centrum och öka tryggheten kvällstid.");
    theme.put("commitments", List.of(police, partner));
    return Map.of("themes", List.of(theme));
  }

  private HttpResponse<byte[]> anonymous(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
  }
}

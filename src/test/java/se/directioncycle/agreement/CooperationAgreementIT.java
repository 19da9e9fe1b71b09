package se.directioncycle.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.annual.AnnualPictureCompiler;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;
import se.directioncycle.engine.EngineClock;

/**
 * Kalix's register of cooperation agreements through HTTP as the demo people: registered through the API and the
 * Tasklist start form, refused input, the renewal task after the engine clock is moved, a renewal, an expiry, and
 * the section in the annual picture. Kalix agreements valid in 2071–2079 are used only here.
 */
@IntegrationTest
class CooperationAgreementIT {

  private static final String PATH = "/api/municipalities/kalix/cooperation-agreements";
  private static final String START_FORM = "/engine-rest/process-definition/key/CooperationAgreement/submit-form";
  private static final String RENEW = "UserTask_RenewCooperationAgreement";
  private static final String FIRST = "kalix-samverkan-2071-01-01";
  private static final String SECOND = "kalix-samverkan-2074-01-01";
  private static final String SHORT = "kalix-samverkan-2077-01-01";

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  CooperationAgreementRepository agreements;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  AnnualPictureCompiler pictures;
  @Autowired
  MunicipalityRegistry municipalities;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void anAgreementIsRegisteredGetsItsRenewalTaskWhenDueAndIsRenewed() {
    engine.setClock(swedish(LocalDateTime.of(2070, 12, 15, 9, 0)));
    Rest coordinatorRest = Rest.as(port, "kalix-samordnare");

    Rest.Response started = coordinatorRest.post(PATH, registration("2071-01-01", "2073-12-31"));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().path("businessKey").asText()).isEqualTo(FIRST);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(FIRST).singleResult().getTenantId())
        .isEqualTo("kalix");
    engine.runDueJobs(FIRST);
    CooperationAgreement registered = agreements.findByBusinessKey(FIRST).orElseThrow();
    assertThat(registered.getStatus()).isEqualTo(CooperationAgreementStatus.ACTIVE);
    assertThat(registered.getParties()).isEqualTo("Kalix kommun, Polisen lokalpolisområde Östra Norrbotten");
    assertThat(registered.getSignedOn()).isEqualTo(LocalDate.of(2070, 12, 1));
    assertThat(registered.getRegisteredBy()).isEqualTo("kalix-samordnare");
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");
    assertThat(coordinator.tasks(FIRST)).as("no renewal task long before expiry").isEmpty();

    JsonNode listed = agreement(coordinatorRest.get(PATH), FIRST);
    assertThat(listed.path("title").asText()).isEqualTo("Samverkansöverenskommelse Kalix kommun och Polisen");
    assertThat(listed.path("validTo").asText()).isEqualTo("2073-12-31");
    assertThat(listed.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(listed.path("renewalDueAt").asText()).isEqualTo("2073-10-02T22:00:00Z");
    assertThat(Rest.as(port, "kalix-skola").get(PATH).body()).as("the municipality's people may read it").contains(FIRST);

    Rest.Response duplicate = coordinatorRest.post(PATH, registration("2071-01-01", "2072-12-31"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message()).isEqualTo("Det finns redan en samverkansöverenskommelse för Kalix som gäller från "
        + "2071-01-01. Kontrollera registret; en ny överenskommelse registreras med sitt eget startdatum.");
    assertThat(agreements.findByBusinessKey(FIRST).orElseThrow().getValidTo()).isEqualTo(LocalDate.of(2073, 12, 31));

    assertThat(picture(2072)).contains("#### Samverkansöverenskommelse",
        "Gäller vid årets slut: «Samverkansöverenskommelse Kalix kommun och Polisen», 2071-01-01–2073-12-31.")
        .doesNotContain("löper ut inom");
    assertThat(picture(2073)).contains("2071-01-01–2073-12-31. Den löper ut inom 90 dagar efter årets slut. "
        + "Förnyelsen är inte avgjord.");

    // the renewal timer: not a minute early, then the coordinator's task
    engine.setClock(Date.from(Instant.parse("2073-10-02T21:59:00Z")));
    engine.runDueJobs(FIRST);
    assertThat(coordinator.tasks(FIRST)).isEmpty();
    engine.setClock(swedish(LocalDateTime.of(2073, 10, 3, 8, 0)));
    engine.runDueJobs(FIRST);
    String renewal = coordinator.task(FIRST, RENEW);
    assertThat(coordinator.tasks(FIRST).get(0).path("name").asText())
        .isEqualTo("Förnya samverkansöverenskommelse – Kalix 2071-01-01–2073-12-31");
    assertThat(Tasklist.as(port, "kalix-skola").tasks(FIRST)).isEmpty();
    assertThat(Tasklist.as(port, "alvkarleby-samordnare").tasks(FIRST)).isEmpty();
    assertThat(coordinator.formVariables(renewal).path("validTo").path("value").asText()).isEqualTo("2073-12-31");

    // the new agreement is registered with the Tasklist start form
    Rest.Response startForm = coordinatorRest.post(START_FORM, Map.of("variables", Tasklist.typed(Map.of(
        "title", "Samverkansöverenskommelse Kalix 2074–2076", "parties", "Kalix kommun, Polisen",
        "validFrom", "2074-01-01", "validTo", "2076-12-31", "signedOn", "2073-09-20"))));
    assertThat(startForm.status()).as(startForm.body()).isEqualTo(200);
    assertThat(startForm.json().path("businessKey").asText()).isEqualTo(SECOND);
    engine.runDueJobs(SECOND);

    // the renewal form's rules, then the renewal
    Rest.Response noNote = coordinator.submit(renewal, Map.of("renewalOutcome", "renewed"));
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.message()).startsWith("«Kommentar» måste fyllas i när överenskommelsen är förnyad");
    Rest.Response sneaky = coordinator.submit(renewal, Map.of("renewalOutcome", "notRenewed", "expiresAt", "2099-01-01"));
    assertThat(sneaky.status()).as("a form cannot move the expiry").isEqualTo(400);
    assertThat(Tasklist.as(port, "alvkarleby-samordnare").submit(renewal, Map.of("renewalOutcome", "notRenewed")).status())
        .isEqualTo(403);
    coordinator.complete(renewal, Map.of("renewalOutcome", "renewed",
        "renewalNote", "Ersätts av Samverkansöverenskommelse Kalix 2074–2076."));
    engine.runDueJobs(FIRST);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(FIRST).count()).isZero();
    CooperationAgreement renewed = agreements.findByBusinessKey(FIRST).orElseThrow();
    assertThat(renewed.getStatus()).isEqualTo(CooperationAgreementStatus.RENEWED);
    assertThat(renewed.getRenewalOutcome()).isEqualTo(RenewalOutcome.RENEWED);
    assertThat(renewed.getRenewalNote()).isEqualTo("Ersätts av Samverkansöverenskommelse Kalix 2074–2076.");
    assertThat(renewed.getRenewalDecidedBy()).isEqualTo("kalix-samordnare");
    assertThat(renewed.getExpiredAt()).isNull();
    assertThat(picture(2073)).contains("Den löper ut inom 90 dagar efter årets slut. Den är förnyad.");
    assertThat(picture(2074)).contains("«Samverkansöverenskommelse Kalix 2074–2076», 2074-01-01–2076-12-31.");

    List<String> keys = keys(coordinatorRest.get(PATH));
    assertThat(keys.indexOf(SECOND)).as("newest first").isLessThan(keys.indexOf(FIRST));
    assertThat(agreement(coordinatorRest.get(PATH), FIRST).path("renewalOutcome").asText()).isEqualTo("RENEWED");
  }

  @Test
  void anAgreementNobodyDecidesOnIsMarkedExpiredWhenItRunsOut() {
    engine.setClock(swedish(LocalDateTime.of(2076, 11, 1, 9, 0)));
    Map<String, Object> registration = registration("2077-01-01", "2077-06-30");
    registration.put("signedOn", "2076-10-20");
    Rest.Response started = Rest.as(port, "kalix-samordnare").post(PATH, registration);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    engine.runDueJobs(SHORT);

    engine.setClock(swedish(LocalDateTime.of(2077, 4, 5, 9, 0)));
    engine.runDueJobs(SHORT);
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");
    assertThat(coordinator.tasks(SHORT, RENEW)).hasSize(1);
    assertThat(picture(2077)).as("ended before the year did").contains("Saknas: ingen samverkansöverenskommelse");

    engine.setClock(swedish(LocalDateTime.of(2077, 7, 1, 0, 1)));
    engine.runDueJobs(SHORT);
    assertThat(coordinator.tasks(SHORT)).as("the expiry closes the renewal task").isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(SHORT).count()).isZero();
    CooperationAgreement expired = agreements.findByBusinessKey(SHORT).orElseThrow();
    assertThat(expired.getStatus()).isEqualTo(CooperationAgreementStatus.EXPIRED);
    assertThat(expired.getExpiredAt()).isEqualTo(Instant.parse("2077-06-30T22:01:00Z"));
    assertThat(expired.getRenewalOutcome()).isNull();
    assertThat(agreement(Rest.as(port, "kalix-samordnare").get(PATH), SHORT).path("status").asText()).isEqualTo("EXPIRED");
  }

  @Test
  void badRegistrationsAreRefusedInSwedishAndNothingIsSaved() {
    engine.setClock(swedish(LocalDateTime.of(2070, 12, 15, 9, 0)));
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    long agreementsBefore = agreements.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("CooperationAgreement").count();

    Rest.Response missing = coordinator.post(PATH, Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.message()).contains("«Titel» måste fyllas i", "«Parter» måste fyllas i",
        "«Gäller från» måste fyllas i", "«Gäller till och med» måste fyllas i");
    assertRefused(coordinator, with("validTo", "2070-06-30"),
        "«Gäller till och med» måste vara efter «Gäller från» (2078-01-01).");
    assertRefused(coordinator, with("validTo", "2088-01-01"),
        "«Gäller till och med» får vara högst 10 år efter «Gäller från»: senast 2087-12-31.");
    assertRefused(coordinator, with("validFrom", "2078-02-30"), "«Gäller från» måste vara ett datum (ÅÅÅÅ-MM-DD).");
    assertRefused(coordinator, with("signedOn", "2071-01-01"), "«Undertecknad» kan inte ligga i framtiden.");
    assertRefused(coordinator, with("signedOn", "2060-01-01"), "«Undertecknad» måste ligga mellan 2077-01-01 och"
        + " 2079-12-31 (från ett år före giltighetstidens början till ett år efter giltighetstidens slut).");
    assertRefused(coordinator, with("title", "x".repeat(100_000)), "«Titel» får vara högst 200 tecken (nu 100000).");
    assertRefused(coordinator, with("title", Map.of("$gt", "")), "«Titel» måste vara text.");
    assertRefused(coordinator, with("parties", "Kalix kommun, Polisen, kontaktperson 19800101-1234"),
        "«Parter»", "personnummer");
    assertRefused(coordinator, with("parties", "Kalix kommun (anna.andersson@kalix.se) och Polisen"), "«Parter»", "e-postadress");
    Rest.Response malformed = coordinator.post(PATH, "{\"title\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.message()).startsWith("Begäran kunde inte läsas.");
    Rest.Response array = coordinator.post(PATH, "[1, 2]");
    assertThat(array.status()).isEqualTo(400);
    assertThat(array.message()).startsWith("Begäran kunde inte läsas.");
    Rest.Response badStartForm = coordinator.post(START_FORM, Map.of("variables", Tasklist.typed(Map.of(
        "title", "Samverkan", "parties", "Ring 070-123 45 67", "validFrom", "2078-01-01", "validTo", "2078-12-31"))));
    assertThat(badStartForm.status()).isEqualTo(400);
    assertThat(badStartForm.message()).startsWith("«Parter» innehåller något som liknar ett telefonnummer");

    Rest.Response otherMunicipality = Rest.as(port, "alvkarleby-samordnare").post(PATH, with("title", "Samverkan"));
    assertThat(otherMunicipality.status()).isEqualTo(403);
    assertThat(otherMunicipality.message()).isEqualTo("Bara samordnaren i Kalix kan registrera kommunens samverkansöverenskommelser.");
    Rest.Response member = Rest.as(port, "kalix-skola").post(PATH, with("title", "Samverkan"));
    assertThat(member.status()).isEqualTo(403);
    Rest.Response otherList = Rest.as(port, "alvkarleby-samordnare").get(PATH);
    assertThat(otherList.status()).isEqualTo(403);
    assertThat(otherList.message()).isEqualTo("Du kan bara se samverkansöverenskommelser för din egen kommun.");
    assertThat(Rest.anonymous(port).post(PATH, with("title", "Samverkan")).status()).isEqualTo(401);
    assertThat(Rest.anonymous(port).get(PATH).status()).isEqualTo(401);
    Rest.Response unknown = coordinator.get("/api/municipalities/atlantis/cooperation-agreements");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("Kommunen «atlantis» finns inte i systemet.");

    assertThat(agreements.count()).as("nothing saved").isEqualTo(agreementsBefore);
    assertThat(agreements.findByBusinessKey("kalix-samverkan-2078-01-01")).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CooperationAgreement").count())
        .as("nothing started").isEqualTo(instancesBefore);
  }

  private static void assertRefused(Rest coordinator, Map<String, Object> body, String... messageParts) {
    Rest.Response response = coordinator.post(PATH, body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.message()).contains(messageParts);
  }

  /** A valid 2078 registration with one field changed. */
  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = registration("2078-01-01", "2078-12-31");
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> registration(String validFrom, String validTo) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Samverkansöverenskommelse Kalix kommun och Polisen");
    body.put("parties", " Kalix kommun, Polisen lokalpolisområde Östra Norrbotten ");
    body.put("validFrom", validFrom);
    body.put("validTo", validTo);
    body.put("signedOn", "2070-12-01");
    return body;
  }

  private String picture(int year) {
    return pictures.compile(municipalities.get("kalix"), year).summary();
  }

  private static JsonNode agreement(Rest.Response list, String businessKey) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode item : list.json()) {
      if (item.path("businessKey").asText().equals(businessKey)) {
        return item;
      }
    }
    throw new AssertionError(businessKey + " not listed: " + list.body());
  }

  private static List<String> keys(Rest.Response list) {
    return java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
        .map(item -> item.path("businessKey").asText()).toList();
  }

  private static Date swedish(LocalDateTime time) {
    return Date.from(time.atZone(EngineClock.SWEDEN).toInstant());
  }
}

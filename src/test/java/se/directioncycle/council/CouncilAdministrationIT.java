package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.SUBMIT;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * Councils configured at runtime through `/api/admin`, in the running application without restart: a new
 * municipality with an organisation of its own runs a quarter, an organisation added later gets tasks from the next
 * quarter and a retired one none; only the administrator may change anything; bad input is refused in Swedish and
 * nothing stored is lost; every change is in the audit; another node's change is seen at once. Uses municipalities
 * no other test uses (ockelbo, ljusdal, hofors).
 */
@IntegrationTest
class CouncilAdministrationIT {

  private static final String ADMIN = "/api/admin";
  private static final String PASSWORD = "Forsta#Inloggning27";

  @LocalServerPort
  int port;
  @Autowired
  MunicipalityRegistry municipalities;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  EngineDriver engine;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired
  DemoPeopleSeeder demoPeople;

  @Test
  void aNewMunicipalityRunsQuartersWithItsOwnOrganisationsWithoutRestart() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    // quarters not opened by schedule, so that CycleStartIT's scheduler run sees only the demo municipalities;
    // the coordinator opens them by hand
    Rest.Response created = admin.post(ADMIN + "/municipalities", Map.of("id", "ockelbo", "name", "Ockelbo",
        "policeArea", "Gävle", "quarterlyCycle", false, "areas", List.of("Ockelbo centrum", "Lingbo")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("organisations").path(0).path("code").asText()).isEqualTo("police");

    Rest.Response church = admin.post(ADMIN + "/municipalities/ockelbo/organisations",
        Map.of("code", "kyrkan", "name", "Svenska kyrkan Ockelbo", "type", "association"));
    assertThat(church.status()).as(church.body()).isEqualTo(201);
    addPerson(admin, "ockelbo", "ockelbo-samordnare-1", List.of("coordinator", "steering-group"));
    addPerson(admin, "ockelbo", "ockelbo-kyrkan-1", List.of("kyrkan"));

    // every node reads the stored council: the registry and the engine's groups know it at once
    Municipality ockelbo = municipalities.get("ockelbo");
    assertThat(ockelbo.organisations()).extracting(Organisation::code).containsExactly("police", "kyrkan");
    assertThat(ockelbo.organisation("kyrkan").party()).isEqualTo(Organisation.Party.PARTNER);
    assertThat(ockelbo.areas()).containsExactly("Ockelbo centrum", "Lingbo");
    assertThat(identityService.createGroupQuery().groupId("ockelbo-kyrkan").singleResult().getName())
        .isEqualTo("Svenska kyrkan Ockelbo Ockelbo");
    assertThat(identityService.createTenantQuery().tenantId("ockelbo").count()).isOne();

    // the new coordinator opens a quarter; the church's person gets the situation input in Tasklist and submits it
    String first = open("ockelbo-samordnare-1", 2089, 1);
    engine.runDueJobs(first);
    assertThat(submitGroups(first)).containsExactlyInAnyOrder("ockelbo-police", "ockelbo-kyrkan");
    Tasklist member = new Tasklist(Rest.as(port, "ockelbo-kyrkan-1", PASSWORD));
    String taskId = member.task(first, SUBMIT);
    JsonNode context = QuarterScenario.jsonVariable(member.formVariables(taskId), "situationContext");
    assertThat(context.path("indicators").size()).as("an association reports observations only").isZero();
    member.complete(taskId, Map.of("situationInput", new Tasklist.Json(QuarterScenario.situationInput(member, taskId,
        1, List.of(observation("KLOTTER", "Lingbo", 2, "Klotter vid kyrkans parkering"))))));
    assertThat(member.tasks(first, SUBMIT)).isEmpty();

    // a second school added to the existing municipality gets tasks from the next quarter, with a school's indicators
    Rest.Response school = admin.post(ADMIN + "/municipalities/ockelbo/organisations",
        Map.of("code", "skola-kyrkbacken", "name", "Skola Kyrkbacken", "type", "school"));
    assertThat(school.status()).as(school.body()).isEqualTo(201);
    addPerson(admin, "ockelbo", "ockelbo-kyrkbacken-1", List.of("skola-kyrkbacken"));
    assertThat(submitGroups(first)).as("the open quarter is left as it was").doesNotContain("ockelbo-skola-kyrkbacken");
    String second = open("ockelbo-samordnare-1", 2089, 2);
    engine.runDueJobs(second);
    assertThat(submitGroups(second)).containsExactlyInAnyOrder("ockelbo-police", "ockelbo-kyrkan",
        "ockelbo-skola-kyrkbacken");
    Tasklist teacher = new Tasklist(Rest.as(port, "ockelbo-kyrkbacken-1", PASSWORD));
    JsonNode schoolContext = QuarterScenario.jsonVariable(
        teacher.formVariables(teacher.task(second, SUBMIT)), "situationContext");
    assertThat(schoolContext.path("indicators").findValuesAsText("code")).contains("school-threats-violence");

    // renamed: the name shown is the new one; retired: no tasks in the next quarter, its history kept
    Rest.Response renamed = admin.put(ADMIN + "/municipalities/ockelbo/organisations/skola-kyrkbacken",
        Map.of("name", "Kyrkbackens skola"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(municipalities.get("ockelbo").organisation("skola-kyrkbacken").swedishName())
        .isEqualTo("Kyrkbackens skola");
    assertThat(identityService.createGroupQuery().groupId("ockelbo-skola-kyrkbacken").singleResult().getName())
        .isEqualTo("Kyrkbackens skola Ockelbo");
    Rest.Response retired = admin.delete(ADMIN + "/municipalities/ockelbo/organisations/kyrkan");
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    String third = open("ockelbo-samordnare-1", 2089, 3);
    engine.runDueJobs(third);
    assertThat(submitGroups(third)).containsExactlyInAnyOrder("ockelbo-police", "ockelbo-skola-kyrkbacken");
    Organisation kept = municipalities.get("ockelbo").organisation("kyrkan");
    assertThat(kept.retired()).isTrue();
    assertThat(kept.swedishName()).isEqualTo("Svenska kyrkan Ockelbo");
    assertThat(identityService.createUserQuery().memberOfGroup("ockelbo-kyrkan").count()).isOne();

    // areas: added and removed by setting the list
    Rest.Response areas = admin.put(ADMIN + "/municipalities/ockelbo/areas",
        Map.of("areas", List.of("Ockelbo centrum", "Åmot")));
    assertThat(areas.status()).as(areas.body()).isEqualTo(200);
    assertThat(municipalities.get("ockelbo").areas()).containsExactly("Ockelbo centrum", "Åmot");

    // the audit lists every change, newest first, never a password
    Rest.Response audit = admin.get(ADMIN + "/audit");
    assertThat(audit.status()).isEqualTo(200);
    List<String> actions = new ArrayList<>();
    audit.json().forEach(entry -> {
      if (entry.path("subject").asText().startsWith("ockelbo")) {
        actions.add(entry.path("action").asText());
        assertThat(entry.path("changedBy").asText()).isEqualTo("admin");
        assertThat(entry.path("changedAt").asText()).isNotBlank();
      }
    });
    assertThat(actions).containsSubsequence("REPLACE_AREAS", "RETIRE_ORGANISATION", "RENAME_ORGANISATION",
        "ADD_PERSON", "ADD_ORGANISATION", "ADD_PERSON", "ADD_PERSON", "ADD_ORGANISATION", "CREATE_MUNICIPALITY");
    assertThat(audit.body()).doesNotContain(PASSWORD).contains("Svenska kyrkan Ockelbo")
        .contains("Skola Kyrkbacken").contains("Kyrkbackens skola");
  }

  /**
   * Another node's change, written straight into the shared tables as that node's transaction would: this node
   * sees it at its next read, because the change raised the configuration's version.
   */
  @Test
  void aChangeCommittedByAnotherNodeIsSeenAtTheNextRead() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    assertThat(admin.post(ADMIN + "/municipalities", Map.of("id", "ljusdal", "name", "Ljusdal",
        "quarterlyCycle", false)).status()).isEqualTo(201);
    assertThat(municipalities.get("ljusdal").name()).isEqualTo("Ljusdal");
    demoPeople.seed();
    assertThat(identityService.createUserQuery().userId("ljusdal-samordnare").count())
        .as("no demo login with the demo password for a municipality the administrator created").isZero();

    jdbc.update("update council_municipality set name = 'Ljusdals kommun' where id = 'ljusdal'");
    jdbc.update("update council_configuration_version set version = version + 1 where id = 1");

    assertThat(municipalities.get("ljusdal").name()).isEqualTo("Ljusdals kommun");
    assertThat(admin.get(ADMIN + "/municipalities").body()).contains("Ljusdals kommun");
  }

  @Test
  void onlyTheAdministratorMayReadOrChangeCouncils() {
    Map<String, Object> body = Map.of("id", "hofors", "name", "Hofors");
    for (String user : List.of("alvkarleby-skola", "alvkarleby-samordnare", "kalix-kommunpolis")) {
      Rest caller = Rest.as(port, user);
      Rest.Response create = caller.post(ADMIN + "/municipalities", body);
      assertThat(create.status()).as(user).isEqualTo(403);
      assertThat(create.message()).contains("Bara administratören");
      assertThat(caller.get(ADMIN + "/audit").status()).as(user).isEqualTo(403);
      assertThat(caller.get(ADMIN + "/municipalities").status()).as(user).isEqualTo(403);
      assertThat(caller.post(ADMIN + "/municipalities/alvkarleby/organisations",
          Map.of("code", "kyrkan", "name", "Kyrkan", "type", "association")).status()).as(user).isEqualTo(403);
      assertThat(caller.delete(ADMIN + "/municipalities/alvkarleby/organisations/housing").status()).isEqualTo(403);
      assertThat(caller.post(ADMIN + "/municipalities/alvkarleby/people", Map.of("userId", "x1", "firstName", "X",
          "lastName", "Y", "email", "x@example.org", "initialPassword", PASSWORD, "groups", List.of("coordinator")))
          .status()).isEqualTo(403);
    }
    assertThat(Rest.anonymous(port).post(ADMIN + "/municipalities", body).status()).isEqualTo(401);
    assertThat(municipalities.find("hofors")).isEmpty();
    assertThat(municipalities.get("alvkarleby").organisations()).extracting(Organisation::code)
        .contains("housing").doesNotContain("kyrkan");
  }

  @Test
  void badInputIsRefusedInSwedishAndNothingStoredIsLost() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    Municipality alvkarlebyBefore = municipalities.get("alvkarleby");
    Map<String, Rest.Response> answers = new LinkedHashMap<>();
    answers.put("400 missing name", admin.post(ADMIN + "/municipalities", Map.of("id", "hofors")));
    answers.put("400 upper-case id", admin.post(ADMIN + "/municipalities", Map.of("id", "Hofors", "name", "Hofors")));
    answers.put("400 wrong type", admin.send("POST", ADMIN + "/municipalities", "application/json",
        "{\"id\": \"hofors\", \"name\": \"Hofors\", \"quarterlyCycle\": \"ja\"}"));
    answers.put("400 unknown field", admin.send("POST", ADMIN + "/municipalities", "application/json",
        "{\"id\": \"hofors\", \"name\": \"Hofors\", \"colour\": \"blå\"}"));
    answers.put("400 not json", admin.send("POST", ADMIN + "/municipalities", "application/json", "{{{"));
    answers.put("400 too long", admin.post(ADMIN + "/municipalities", Map.of("id", "hofors", "name", "H".repeat(101))));
    answers.put("400 hostile name", admin.post(ADMIN + "/municipalities/alvkarleby/organisations",
        Map.of("code", "kyrkan", "name", "<script>alert(1)</script>", "type", "association")));
    answers.put("400 sql-ish code", admin.post(ADMIN + "/municipalities/alvkarleby/organisations",
        Map.of("code", "x'; drop table council_organisation;--", "name", "Kyrkan", "type", "association")));
    answers.put("400 unknown type", admin.post(ADMIN + "/municipalities/alvkarleby/organisations",
        Map.of("code", "kyrkan", "name", "Kyrkan", "type", "church")));
    answers.put("400 role code", admin.post(ADMIN + "/municipalities/alvkarleby/organisations",
        Map.of("code", "coordinator", "name", "Samordning", "type", "other-municipal-unit")));
    answers.put("400 weak password", admin.post(ADMIN + "/municipalities/alvkarleby/people", Map.of("userId",
        "alvkarleby-ny-1", "firstName", "Ny", "lastName", "Person", "email", "ny@example.org",
        "initialPassword", "password", "groups", List.of("school"))));
    answers.put("400 unknown group", admin.post(ADMIN + "/municipalities/alvkarleby/people", Map.of("userId",
        "alvkarleby-ny-1", "firstName", "Ny", "lastName", "Person", "email", "ny@example.org",
        "initialPassword", PASSWORD, "groups", List.of("kalix-school"))));
    answers.put("400 areas missing", admin.put(ADMIN + "/municipalities/alvkarleby/areas", Map.of()));
    answers.put("400 area twice", admin.put(ADMIN + "/municipalities/alvkarleby/areas",
        Map.of("areas", List.of("Skutskär", "Skutskär"))));
    answers.put("404 unknown municipality", admin.post(ADMIN + "/municipalities/nowhere/organisations",
        Map.of("code", "kyrkan", "name", "Kyrkan", "type", "association")));
    answers.put("404 unknown organisation", admin.put(ADMIN + "/municipalities/alvkarleby/organisations/nothing",
        Map.of("name", "Något")));
    answers.put("409 duplicate municipality", admin.post(ADMIN + "/municipalities",
        Map.of("id", "kalix", "name", "Kalix igen")));
    answers.put("409 duplicate code", admin.post(ADMIN + "/municipalities/alvkarleby/organisations",
        Map.of("code", "school", "name", "Skola igen", "type", "school")));
    answers.put("409 existing user", admin.post(ADMIN + "/municipalities/alvkarleby/people", Map.of("userId",
        "alvkarleby-skola", "firstName", "Ny", "lastName", "Person", "email", "ny@example.org",
        "initialPassword", PASSWORD, "groups", List.of("school"))));
    answers.put("409 retire the police", admin.delete(ADMIN + "/municipalities/alvkarleby/organisations/police"));

    answers.forEach((kind, response) -> {
      assertThat(response.status()).as(kind + ": " + response.body()).isEqualTo(Integer.parseInt(kind.substring(0, 3)));
      assertThat(response.message()).as(kind).isNotBlank().doesNotContain("Exception").doesNotContain("<script>");
    });
    assertThat(answers.get("400 missing name").message()).contains("«Namn» måste anges");
    assertThat(answers.get("400 upper-case id").message()).contains("«Id» ska vara");
    assertThat(answers.get("400 wrong type").message()).contains("«Kvartalscykel»");
    assertThat(answers.get("400 too long").message()).contains("högst 100 tecken");
    assertThat(answers.get("400 hostile name").message()).contains("får bara innehålla bokstäver");
    assertThat(answers.get("400 unknown type").message()).contains("«Typ» måste vara en av");
    assertThat(answers.get("400 weak password").message()).contains("lösenordsreglerna");
    assertThat(answers.get("404 unknown municipality").message()).contains("Kommunen nowhere finns inte");
    assertThat(answers.get("409 duplicate code").message()).contains("finns redan");

    assertThat(municipalities.find("hofors")).isEmpty();
    assertThat(municipalities.get("alvkarleby")).isEqualTo(alvkarlebyBefore);
    assertThat(municipalities.get("kalix").name()).isEqualTo("Kalix");
    assertThat(identityService.createUserQuery().userId("alvkarleby-ny-1").count()).isZero();
    assertThat(identityService.checkPassword("alvkarleby-skola", Rest.DEMO_PASSWORD)).isTrue();
  }

  private void addPerson(Rest admin, String municipality, String userId, List<String> groups) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("userId", userId);
    person.put("firstName", "Kontakt");
    person.put("lastName", "Test");
    person.put("email", userId + "@example.org");
    person.put("initialPassword", PASSWORD);
    person.put("groups", groups);
    Rest.Response response = admin.post(ADMIN + "/municipalities/" + municipality + "/people", person);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  private String open(String coordinator, int year, int quarter) {
    Rest.Response response = Rest.as(port, coordinator, PASSWORD).post("/api/cycles",
        Map.of("year", year, "quarter", quarter));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().path("businessKey").asText();
  }

  /** The candidate groups of the cycle's open situation-input tasks. */
  private Set<String> submitGroups(String businessKey) {
    Set<String> groups = new TreeSet<>();
    taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(SUBMIT).list()
        .forEach(task -> taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
            .forEach(groups::add));
    return groups;
  }
}

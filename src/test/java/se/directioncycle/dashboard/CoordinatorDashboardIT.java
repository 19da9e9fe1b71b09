package se.directioncycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.operations.CycleMetrics;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/** The coordinators' Cockpit dashboard: own municipality only, phase and submissions as they change. */
@IntegrationTest
class CoordinatorDashboardIT {

  private static final int YEAR = 2028;

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  CycleMetrics metrics;
  @Autowired
  MeterRegistry registry;

  @Test
  void aCoordinatorSeesWhereEachOfItsCyclesStands() throws Exception {
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    // earlier than every other test's Kalix quarter: no earlier decision, so no evaluation phase
    String cycle = kalix.open(YEAR, 1);
    engine.runDueJobs(cycle);
    engine.runDueJobs(new QuarterScenario(port, "alvkarleby").open(YEAR, 1));
    kalix.submitSituationInput(cycle, "skola", List.of());

    WebappSession coordinator = WebappSession.login(port, "kalix-samordnare", "cockpit");
    JsonNode row = find(cycles(coordinator), cycle);
    assertThat(row.path("municipality").asText()).isEqualTo("Kalix");
    assertThat(row.path("phase").asText()).isEqualTo("Lägesbild");
    assertThat(row.path("submissionsReceived").asInt()).isEqualTo(1);
    assertThat(row.path("submissionsExpected").asInt()).isEqualTo(5);
    assertThat(row.path("missingOrganisations").toString()).contains("Fritid").doesNotContain("Skola");
    assertThat(row.path("nextDeadline").asText()).isNotEmpty();
    assertThat(row.path("decision").asText()).isEqualTo("Inget förslag än");
    assertThat(cycles(coordinator).toString()).as("only its own municipality").doesNotContain("Älvkarleby");
    assertThat(instancesInPhase("Lägesbild")).as("Cockpit's own search by the phase variable").contains(cycle);
    metrics.refresh();
    double situationBefore = openCycles("lagesbild");
    double directionBefore = openCycles("inriktning");

    for (String member : List.of("fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of(
          QuarterScenario.observation("KLOTTER", "Töre", 2, "Klotter vid busshållplatsen")));
    }
    engine.runDueJobs(cycle);
    kalix.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    JsonNode after = find(cycles(coordinator), cycle);
    assertThat(after.path("phase").asText()).as("the phase changes").isEqualTo("Inriktningsbeslut");
    assertThat(instancesInPhase("Inriktningsbeslut")).contains(cycle);
    assertThat(instancesInPhase("Lägesbild")).doesNotContain(cycle);
    metrics.refresh();
    assertThat(openCycles("lagesbild")).as("the metric moves the cycle on too").isEqualTo(situationBefore - 1);
    assertThat(openCycles("inriktning")).isEqualTo(directionBefore + 1);
    assertThat(after.path("documents").toString()).contains("Lägesbild " + YEAR + " kvartal 1", "/documents/situation-report:");

    assertThat(cycles(WebappSession.login(port, "admin", "cockpit")).toString()).as("an administrator sees every municipality")
        .contains(cycle, "alvkarleby-" + YEAR + "-Q1");
    HttpResponse<String> script = coordinator.get("/camunda/api/cockpit/plugin/direction-cycle/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("cockpit.dashboard");
  }

  private double openCycles(String phase) {
    return registry.get("directioncycle.cycles.open").tag("municipality", "kalix").tag("phase", phase).gauge().value();
  }

  private List<String> instancesInPhase(String phase) {
    List<String> keys = new java.util.ArrayList<>();
    Rest.as(port, "kalix-samordnare").get("/engine-rest/process-instance?variables=phase_eq_"
        + java.net.URLEncoder.encode(phase, java.nio.charset.StandardCharsets.UTF_8))
        .json().forEach(instance -> keys.add(instance.path("businessKey").asText()));
    return keys;
  }

  private static JsonNode find(JsonNode rows, String businessKey) {
    for (JsonNode row : rows) {
      if (row.path("businessKey").asText().equals(businessKey)) {
        return row;
      }
    }
    throw new AssertionError(businessKey + " not on the dashboard: " + rows);
  }

  /**
   * A regional coordinator follows two councils: the administrator adds a person of Ovanåker to Nordanstig's
   * coordinator group (two municipalities no other test uses), and the dashboard shows both, and no other.
   */
  @Test
  void aRegionalCoordinatorSeesEachCouncilTheyFollow() throws Exception {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    for (String[] m : List.of(new String[] {"ovanaker", "Ovanåker"}, new String[] {"nordanstig", "Nordanstig"})) {
      assertThat(admin.post("/api/admin/municipalities", java.util.Map.of("id", m[0], "name", m[1],
          "quarterlyCycle", false, "areas", List.of("Centrum"))).status()).isEqualTo(201);
    }
    String person = "region-gavleborg-1";
    assertThat(admin.post("/api/admin/municipalities/ovanaker/people", java.util.Map.of("userId", person,
        "firstName", "Regional", "lastName", "Samordnare", "email", "region@example.org",
        "initialPassword", REGIONAL_PASSWORD, "groups", List.of("coordinator"))).status()).isEqualTo(201);

    // refused: not the administrator, nobody by that id, no group, a code that is no role or organisation
    Rest.Response notAdmin = Rest.as(port, "kalix-samordnare").post(
        "/api/admin/municipalities/nordanstig/people/" + person + "/groups", java.util.Map.of("groups", List.of("coordinator")));
    assertThat(notAdmin.status()).isEqualTo(403);
    Rest.Response nobody = admin.post("/api/admin/municipalities/nordanstig/people/ingen-alls/groups",
        java.util.Map.of("groups", List.of("coordinator")));
    assertThat(nobody.status()).isEqualTo(404);
    assertThat(nobody.message()).contains("Användaren ingen-alls finns inte");
    Rest.Response none = admin.post("/api/admin/municipalities/nordanstig/people/" + person + "/groups",
        java.util.Map.of("groups", List.of()));
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.message()).contains("«Grupper» måste ange minst en organisation eller roll");
    Rest.Response unknown = admin.post("/api/admin/municipalities/nordanstig/people/" + person + "/groups",
        java.util.Map.of("groups", List.of("kalix-coordinator")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.message()).contains("är ingen aktiv organisation eller roll i Nordanstig");

    Rest.Response joined = admin.post("/api/admin/municipalities/nordanstig/people/" + person + "/groups",
        java.util.Map.of("groups", List.of("coordinator", "coordinator")));
    assertThat(joined.status()).as(joined.body()).isEqualTo(201);
    assertThat(joined.json().path("groups").toString()).isEqualTo("[\"nordanstig-coordinator\"]");
    assertThat(admin.get("/api/admin/audit").body()).contains("ADD_MEMBERSHIPS", person);

    for (String municipality : List.of("ovanaker", "nordanstig")) {
      Rest.Response opened = Rest.as(port, person, REGIONAL_PASSWORD).post("/api/cycles",
          java.util.Map.of("year", YEAR, "quarter", 3, "municipality", municipality));
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }
    JsonNode rows = cycles(WebappSession.login(port, person, "cockpit", REGIONAL_PASSWORD));
    assertThat(rows.findValuesAsText("municipality")).containsExactlyInAnyOrder("Ovanåker", "Nordanstig");
    assertThat(rows.get(0).path("interventions").toString())
        .isEqualTo("{\"green\":0,\"yellow\":0,\"red\":0,\"notReported\":0}");
  }

  private static final String REGIONAL_PASSWORD = "Forsta#Inloggning27";

  private static JsonNode cycles(WebappSession session) throws Exception {
    HttpResponse<String> response = session.get("/camunda/api/cockpit/plugin/direction-cycle/default/cycles");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}

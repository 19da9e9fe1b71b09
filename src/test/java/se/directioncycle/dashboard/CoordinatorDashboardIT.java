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

  private static JsonNode cycles(WebappSession session) throws Exception {
    HttpResponse<String> response = session.get("/camunda/api/cockpit/plugin/direction-cycle/default/cycles");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}

package se.directioncycle.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Steps of a quarter as the demo people do them, through the REST API Tasklist uses. */
public final class QuarterScenario {

  public static final String SUBMIT = "UserTask_SubmitSituationInput";
  public static final String REVIEW = "UserTask_ReviewSituationReport";
  public static final String EVALUATE = "UserTask_EvaluateIntervention";
  public static final String PROPOSE = "UserTask_ProposeDirection";
  public static final String DECIDE = "UserTask_DecideDirection";
  public static final String REPORT = "UserTask_ReportInterventionStatus";
  public static final String HANDLE_RED = "UserTask_HandleRedIntervention";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final int port;
  private final String municipality;

  public QuarterScenario(int port, String municipality) {
    this.port = port;
    this.municipality = municipality;
  }

  public Tasklist as(String role) {
    return Tasklist.as(port, municipality + "-" + role);
  }

  /** The coordinator opens the cycle through the application's REST API. */
  public String open(int year, int quarter) {
    Rest.Response response = Rest.as(port, municipality + "-samordnare")
        .post("/api/cycles", Map.of("year", year, "quarter", quarter));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().path("businessKey").asText();
  }

  /** A member fills in its form: every indicator gets a value, plus the given observations. */
  public void submitSituationInput(String businessKey, String role, List<Map<String, Object>> observations) {
    Tasklist member = as(role);
    String taskId = member.task(businessKey, SUBMIT);
    member.complete(taskId, Map.of("situationInput", new Tasklist.Json(situationInput(member, taskId, 7, observations))));
  }

  public static String situationInput(Tasklist member, String taskId, long value,
      List<Map<String, Object>> observations) {
    JsonNode context = jsonVariable(member.formVariables(taskId), "situationContext");
    List<Map<String, Object>> indicators = new ArrayList<>();
    context.path("indicators").forEach(i -> indicators.add(Map.of("code", i.path("code").asText(), "value", value)));
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("nothingToReport", false);
    input.put("indicators", indicators);
    input.put("observations", observations);
    return Rest.write(input);
  }

  public static Map<String, Object> observation(String category, String area, int severity, String description) {
    return Map.of("category", category, "area", area, "timeBand", "18-24", "severity", severity,
        "description", description);
  }

  public void approveSituationReport(String businessKey) {
    Tasklist coordinator = as("samordnare");
    String taskId = coordinator.task(businessKey, REVIEW);
    assertThat(coordinator.formVariables(taskId).path("situationSummary").path("value").asText())
        .contains("Prioriterade problem");
    coordinator.complete(taskId, Map.of(
        "mappingSection", "Kartläggningen visar klotter och buskörning i centrala Skutskär.",
        "otherInformationSection", "Trygghetsmätningen pekar på oro kvällstid.",
        "analysisSection", "Problemen hänger ihop med kvällar utan aktiviteter för unga."));
  }

  /** The coordinator proposes one focus area answering the top-ranked problem. */
  public void propose(String businessKey, List<Map<String, Object>> interventions) {
    Tasklist coordinator = as("samordnare");
    String taskId = coordinator.task(businessKey, PROPOSE);
    JsonNode context = jsonVariable(coordinator.formVariables(taskId), "proposalContext");
    String topProblem = context.path("rankedProblems").path(0).path("category").asText();
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("title", "Minska klotter och buskörning i centrum");
    area.put("problemCategory", topProblem);
    area.put("goal", "Färre rapporter om klotter och buskörning än förra kvartalet.");
    area.put("interventions", interventions);
    coordinator.complete(taskId, Map.of("directionProposal",
        new Tasklist.Json(Rest.write(Map.of("focusAreas", List.of(area))))));
  }

  public static Map<String, Object> intervention(String title, String organisation, String start, String end) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", title);
    row.put("responsibleOrganisation", organisation);
    row.put("periodStart", start);
    row.put("periodEnd", end);
    row.put("indicator", "Antal genomförda tillfällen");
    row.put("target", "Minst 6 under kvartalet");
    return row;
  }

  public void chairReturns(String businessKey, String comment) {
    Tasklist chair = as("ordforande");
    chair.complete(chair.task(businessKey, DECIDE), Map.of("chairDecision", "return", "chairComment", comment));
  }

  public void chairApproves(String businessKey, String meetingDate, long paragraph) {
    Tasklist chair = as("ordforande");
    chair.complete(chair.task(businessKey, DECIDE), Map.of("chairDecision", "approve", "chairComment", "",
        "meetingDate", meetingDate, "protocolParagraph", paragraph));
  }

  /** A Json variable from a form-variables response (sent as a JSON string, or already as an object). */
  public static JsonNode jsonVariable(JsonNode formVariables, String name) {
    JsonNode value = formVariables.path(name).path("value");
    if (value.isMissingNode() || value.isNull()) {
      throw new AssertionError("No variable " + name + " in form variables: " + formVariables);
    }
    return value.isTextual() ? parse(value.asText()) : value;
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.SUBMIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * Over a thousand wrong, missing, huge and hostile requests to the application API, a task's form and the
 * engine REST API: none answers 500, and none saves anything (no new process, the task still open with
 * the values it had). A task query may answer an odd body with its usual list: reading saves nothing.
 */
@IntegrationTest
class BadInputCorpusIT {

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  se.directioncycle.council.MunicipalityRegistry municipalities;
  @Autowired
  se.directioncycle.category.ProblemCategories categories;

  static List<String> payloads() {
    String deepArray = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObject = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
    String huge = "x".repeat(2_100_000);
    String variable = "{\"variables\": {\"situationInput\": %s}}";
    return List.of("", "null", "[]", "{}", "\"text\"", "123", "true", deepArray, deepObject,
        "{\"year\": \"" + huge + "\"}", "{\"year\": 2027, \"quarter\": 1} trailing", "{\"year\": 2027,}",
        "{\"year\": \"2027\", \"quarter\": \"1\"}", "{\"year\": 2027.5, \"quarter\": 1}", "{\"year\": 1e400, \"quarter\": 1}",
        "{\"year\": -1, \"quarter\": 99}", "{\"year\": null, \"quarter\": null, \"municipality\": null}",
        "{\"year\": 2027, \"quarter\": 1, \"municipality\": \"../../etc\"}",
        "{\"variables\": null}", "{\"variables\": []}", "{\"variables\": {\"x\": null}}",
        String.format(variable, "{\"type\": \"Object\", \"value\": \"{}\", \"valueInfo\": {\"objectTypeName\": "
            + "\"java.lang.ProcessBuilder\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}"),
        String.format(variable, "{\"type\": \"Xml\", \"value\": \"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>\"}"),
        String.format(variable, "{\"type\": \"File\", \"value\": \"AAAA\", \"valueInfo\": {\"filename\": \"x.exe\"}}"),
        String.format(variable, "{\"type\": \"Bytes\", \"value\": \"AAAA\"}"),
        String.format(variable, "{\"type\": \"Json\", \"value\": \"{\"}"),
        String.format(variable, "{\"type\": \"Json\", \"value\": \"{\\\"nothingToReport\\\": \\\"ja\\\"}\"}"),
        String.format(variable, "{\"type\": \"Integer\", \"value\": \"abc\"}"),
        String.format(variable, "{\"value\": {\"nested\": true}}"),
        "{\"variables\": {\"" + "n".repeat(100_000) + "\": {\"value\": 1}}}",
        String.format(variable, "{\"type\": \"Json\", \"value\": \"{\\\"nothingToReport\\\": false, \\\"observations\\\": "
            + "[{\\\"description\\\": \\\"a\\u202eb\\u0007c\\\"}]}\"}"),
        "{\"assigneeExpression\": \"${execution}\", \"orQueries\": [{\"nameLike\": \"#{1+1}\"}]}",
        "{\"userId\": \"alvkarleby-ordforande\"}",
        "{\"sorting\": [{\"sortBy\": \"'; DROP TABLE ACT_RU_TASK; --\", \"sortOrder\": \"asc\"}]}");
  }

  @Test
  void noBadRequestAnswers500OrSavesAnything() {
    String cycle = new QuarterScenario(port, "alvkarleby").open(2054, 2);
    engine.runDueJobs(cycle);
    String task = Tasklist.as(port, "alvkarleby-skola").task(cycle, SUBMIT);
    String foreign = Tasklist.as(port, "alvkarleby-kommunpolis").task(cycle, SUBMIT);
    String variablesBefore = snapshot(task);
    long processesBefore = startedByPeople();
    String councilBefore = municipalities.get("alvkarleby").toString();
    var categoriesBefore = categories.all("alvkarleby");

    List<String[]> endpoints = List.of(
        new String[] {"alvkarleby-samordnare", "POST", "/api/cycles"},
        new String[] {"alvkarleby-samordnare", "POST", "/api/annual-assessments"},
        new String[] {"alvkarleby-samordnare", "POST", "/api/citizen-promise-periods"},
        new String[] {"alvkarleby-samordnare", "POST", "/api/municipalities/alvkarleby/cooperation-agreements"},
        new String[] {"alvkarleby-samordnare", "POST", "/api/municipalities/kalix/cooperation-agreements"},
        new String[] {"alvkarleby-skola", "POST", "/api/cycles"},
        new String[] {"admin", "POST", "/api/admin/municipalities"},
        new String[] {"admin", "POST", "/api/admin/municipalities/alvkarleby/organisations"},
        new String[] {"admin", "POST", "/api/admin/municipalities/alvkarleby/people"},
        new String[] {"admin", "PUT", "/api/admin/municipalities/alvkarleby/areas"},
        // nobody by that id: a body that happens to be valid changes nothing either
        new String[] {"admin", "POST", "/api/admin/municipalities/alvkarleby/people/ingen-alls/groups"},
        new String[] {"admin", "PUT", "/api/admin/municipalities/alvkarleby/areas/geometry"},
        new String[] {"alvkarleby-samordnare", "POST", "/api/admin/municipalities"},
        new String[] {"alvkarleby-samordnare", "PUT", "/api/admin/municipalities/alvkarleby/areas/geometry"},
        new String[] {"alvkarleby-samordnare", "POST", "/api/municipalities/alvkarleby/problem-categories"},
        new String[] {"alvkarleby-samordnare", "PATCH", "/api/municipalities/alvkarleby/problem-categories/KLOTTER"},
        new String[] {"alvkarleby-skola", "PATCH", "/api/municipalities/alvkarleby/problem-categories/KLOTTER"},
        new String[] {"alvkarleby-skola", "POST", "/engine-rest/task/" + task + "/submit-form"},
        new String[] {"alvkarleby-skola", "POST", "/engine-rest/task/" + foreign + "/submit-form"},
        new String[] {"kalix-skola", "POST", "/engine-rest/task/" + task + "/submit-form"},
        new String[] {"alvkarleby-skola", "POST", "/engine-rest/task/unknown-task-id/submit-form"},
        new String[] {"alvkarleby-skola", "POST", "/engine-rest/task"},
        new String[] {"alvkarleby-skola", "POST", "/engine-rest/task/count"},
        new String[] {"alvkarleby-skola", "POST", "/engine-rest/task/" + task + "/claim"},
        new String[] {"alvkarleby-samordnare", "POST",
            "/engine-rest/process-definition/key/QuarterlyDirectionCycle/submit-form"},
        new String[] {"alvkarleby-skola", "PUT", "/engine-rest/task/" + task + "/variables/situationInput"},
        new String[] {"alvkarleby-samordnare", "POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form"});
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (String[] endpoint : endpoints) {
      Rest caller = Rest.as(port, endpoint[0]);
      for (String payload : payloads()) {
        for (String contentType : List.of("application/json", "text/plain; charset=utf-8")) {
          Rest.Response response = caller.send(endpoint[1], endpoint[2], contentType, payload);
          requests++;
          String what = endpoint[0] + " " + endpoint[1] + " " + endpoint[2] + " " + contentType + " "
              + (payload.length() > 80 ? payload.substring(0, 80) + "…" : payload) + " → " + response.status();
          boolean query = endpoint[2].endsWith("/task") || endpoint[2].endsWith("/task/count");
          if (response.status() >= 500 || response.status() < 400 && !(query && response.status() == 200)) {
            failures.add(what + " " + (response.body().length() > 200 ? response.body().substring(0, 200) : response.body()));
          }
        }
      }
    }
    System.out.printf("BadInputCorpusIT: %d requests, %d failures%n", requests, failures.size());
    assertThat(requests).isGreaterThanOrEqualTo(1000);
    assertThat(failures).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("task still open").isEqualTo(1);
    assertThat(snapshot(task)).isEqualTo(variablesBefore);
    assertThat(municipalities.get("alvkarleby").toString()).as("council unchanged").isEqualTo(councilBefore);
    assertThat(categories.all("alvkarleby")).as("problem categories unchanged").isEqualTo(categoriesBefore);
    assertThat(startedByPeople()).as("no process started")
        .isEqualTo(processesBefore);
  }

  /** Processes only people start (follow-ups are started by other tests' cycles in the background). */
  private long startedByPeople() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKeyIn("QuarterlyDirectionCycle",
        "AnnualAssessment", "CitizenPromiseCycle", "CooperationAgreement").count();
  }

  /** The task's variables as text: Spin's JSON nodes compare by identity. */
  private String snapshot(String task) {
    Map<String, Object> variables = taskService.getVariables(task);
    return new java.util.TreeMap<>(variables).toString();
  }
}

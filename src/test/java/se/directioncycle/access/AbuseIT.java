package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.SUBMIT;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.RawHttp;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;
import se.directioncycle.support.WebappSession;

/**
 * The attacks an ordinary member tried from outside, each as a test: making itself chair, changing its task
 * or the cycle outside the form, throwing BPMN errors, reaching another organisation's or municipality's
 * task, and the same requests under other spellings of the path, on both mounts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseIT {

  private static final String MEMBER = "alvkarleby-skola";
  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String MEMBER_LOGIN = "Authorization: Basic " + Base64.getEncoder()
      .encodeToString((MEMBER + ":" + Rest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;

  String cycle;
  String schoolTask;
  String policeTask;
  String processInstance;

  @BeforeAll
  void openCycle() {
    cycle = new QuarterScenario(port, "alvkarleby").open(2053, 3);
    engine.runDueJobs(cycle);
    schoolTask = Tasklist.as(port, MEMBER).task(cycle, SUBMIT);
    policeTask = Tasklist.as(port, "alvkarleby-kommunpolis").task(cycle, SUBMIT);
    processInstance = taskService.createTaskQuery().taskId(schoolTask).singleResult().getProcessInstanceId();
  }

  @Test
  void aMemberCanChangeNothingOutsideItsTasksForm() {
    String ownGroup = "{\"value\": \"alvkarleby-school\", \"type\": \"String\"}";
    String t = "/task/" + schoolTask;
    List<String[]> attempts = List.of(
        new String[] {"PUT", t, "{\"name\": \"Besluta om inriktning\", \"due\": \"2000-01-01T00:00:00.000+0000\"}"},
        new String[] {"POST", t + "/identity-links", "{\"groupId\": \"alvkarleby-chair\", \"type\": \"candidate\"}"},
        new String[] {"POST", t + "/bpmnError", "{\"errorCode\": \"x\", \"variables\": {\"chairGroup\": " + ownGroup + "}}"},
        new String[] {"POST", t + "/bpmnEscalation", "{\"escalationCode\": \"x\"}"},
        new String[] {"POST", t + "/complete", "{}"},
        new String[] {"POST", t + "/resolve", "{}"},
        new String[] {"POST", t + "/delegate", "{\"userId\": \"" + MEMBER + "\"}"},
        new String[] {"POST", t + "/assignee", "{\"userId\": \"" + MEMBER + "\"}"},
        new String[] {"POST", t + "/claim", "{\"userId\": \"alvkarleby-ordforande\"}"},
        new String[] {"PUT", t + "/localVariables/chairGroup", ownGroup},
        new String[] {"POST", t + "/localVariables", "{\"modifications\": {\"chairGroup\": " + ownGroup + "}}"},
        new String[] {"PUT", t + "/variables/chairGroup", ownGroup},
        new String[] {"PUT", "/process-instance/" + processInstance + "/variables/chairGroup", ownGroup},
        new String[] {"POST", "/execution/" + processInstance + "/localVariables",
            "{\"modifications\": {\"chairGroup\": " + ownGroup + "}}"},
        new String[] {"POST", "/message", "{\"messageName\": \"x\", \"processInstanceId\": \"" + processInstance + "\"}"},
        new String[] {"POST", "/signal", "{\"name\": \"x\"}"},
        new String[] {"POST", "/task/create", "{\"id\": \"forged-task\", \"name\": \"Besluta om inriktning\"}"},
        new String[] {"POST", "/filter/create", "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {}}"},
        new String[] {"POST", t + "/submit-form", "{\"variables\": {\"situationInput\": {\"type\": \"Object\","
            + " \"value\": \"{}\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\","
            + " \"serializationDataFormat\": \"application/json\"}}}}"},
        new String[] {"POST", t + "/submit-form", "{\"variables\": {\"situationInput\": {\"type\": \"Json\","
            + " \"value\": \"{\\\"nothingToReport\\\": true}\"}}} trailing"},
        new String[] {"POST", t + "/submit-form", "{\"variables\": {\"chairGroup\": " + ownGroup + "}}"});
    Rest basic = Rest.as(port, MEMBER);
    WebappSession session = WebappSession.login(port, MEMBER, "tasklist");
    List<String> answered = new ArrayList<>();
    for (String[] attempt : attempts) {
      Rest.Response viaEngineRest = basic.send(attempt[0], "/engine-rest" + attempt[1], "application/json", attempt[2]);
      int viaWebapp = session.send(attempt[0], ENGINE_API + attempt[1], "application/json", attempt[2]).statusCode();
      answered.add(attempt[0] + " " + attempt[1] + " → " + viaEngineRest.status() + "/" + viaWebapp);
      assertThat(viaEngineRest.status()).as(attempt[0] + " " + attempt[1] + " " + viaEngineRest.body()).isIn(400, 403);
      assertThat(viaWebapp).as(attempt[0] + " " + attempt[1] + " (webapp)").isIn(400, 401, 403);
    }
    System.out.println("AbuseIT refused: " + answered);

    assertThat(runtimeService.getVariable(processInstance, "chairGroup")).isEqualTo("alvkarleby-chair");
    Task task = taskService.createTaskQuery().taskId(schoolTask).singleResult();
    assertThat(task).as("the task is still open").isNotNull();
    assertThat(task.getName()).doesNotContain("Besluta");
    assertThat(task.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(schoolTask)).extracting(IdentityLink::getGroupId)
        .containsOnly("alvkarleby-school");
    assertThat(taskService.getVariablesLocal(schoolTask)).doesNotContainKey("chairGroup");
    assertThat(taskService.createTaskQuery().taskId("forged-task").count()).isZero();
  }

  @Test
  void noOtherOrganisationsOrMunicipalitysTaskCanBeRead() {
    for (String user : List.of(MEMBER, "kalix-kommunpolis", "kalix-samordnare")) {
      for (String path : List.of("/task/" + policeTask, "/task/" + policeTask + "/form-variables",
          "/task/" + policeTask + "/variables", "/task/" + policeTask + "/form",
          "/process-instance/" + processInstance + "/variables")) {
        Rest.Response response = Rest.as(port, user).get("/engine-rest" + path);
        assertThat(response.status()).as(user + " " + path + " " + response.body()).isIn(403, 404);
        assertThat(response.body()).doesNotContain("nothingToReport").doesNotContain("alvkarleby-chair");
      }
    }
  }

  @Test
  void otherSpellingsOfAPathAreRefusedToo() {
    String auth = MEMBER_LOGIN;
    String body = "{\"value\": \"alvkarleby-school\", \"type\": \"String\"}";
    String id = schoolTask;
    List<String> spellings = new ArrayList<>();
    for (String mount : List.of("/engine-rest", "/engine-rest/engine/default", ENGINE_API)) {
      spellings.addAll(List.of(
          mount + "/task/" + id + "/variables/chairGroup",
          mount + "/task;x=y/" + id + "/variables/chairGroup",
          mount + "/task/" + id + ";a=b/variables/chairGroup",
          mount + "/task/" + id + "/variables;/chairGroup",
          mount + "/task/" + id + "/variables/chairGroup;",
          mount + "/task%3Bx=y/" + id + "/variables/chairGroup",
          mount + "/task//" + id + "/variables/chairGroup",
          mount + "//task/" + id + "/variables/chairGroup",
          mount + "/task/./" + id + "/variables/chairGroup",
          mount + "/x/../task/" + id + "/variables/chairGroup",
          mount + "/task/%2e/" + id + "/variables/chairGroup",
          mount + "/task%2F" + id + "/variables/chairGroup",
          mount + "/task/" + id + "/variables/chairGroup/",
          mount + "/task/" + id + "/%76ariables/chairGroup",
          mount + "/TASK/" + id + "/variables/chairGroup",
          mount + "/task/" + id + "/VARIABLES/chairGroup",
          mount + "/task\\" + id + "/variables/chairGroup",
          mount + "/task%5C" + id + "/variables/chairGroup",
          mount + "/task/" + id + "%00/variables/chairGroup",
          mount + "/task/" + id + "%09/variables/chairGroup",
          mount + "/task/" + id + "/localVariables/chairGroup",
          mount + "/task/" + id + "/variables/chairGroup?x=${1+1}"));
    }
    spellings.addAll(List.of("/ENGINE-REST/task/" + id + "/variables/chairGroup",
        "/engine-rest;x=y/task/" + id + "/variables/chairGroup",
        "/camunda/api/engine/engine/default;x/task/" + id + "/variables/chairGroup",
        "/camunda/api/engine//engine/default/task/" + id + "/variables/chairGroup"));
    RawHttp http = new RawHttp("127.0.0.1", port);
    List<String> answers = new ArrayList<>();
    for (String path : spellings) {
      for (String method : List.of("PUT", "POST", "DELETE")) {
        RawHttp.Response response = http.send(method, path, method.equals("DELETE") ? null : body, auth,
            "Content-Type: application/json");
        answers.add(method + " " + path + " → " + response.status());
        assertThat(response.status()).as(method + " " + path + " " + response.body()).isIn(400, 401, 403, 404, 405);
      }
    }
    System.out.println("AbuseIT spellings: " + answers.size() + " requests, all refused");
    assertThat(runtimeService.getVariable(processInstance, "chairGroup")).isEqualTo("alvkarleby-chair");
    assertThat(taskService.getVariablesLocal(schoolTask)).doesNotContainKey("chairGroup");
    assertThat(taskService.createTaskQuery().taskId(schoolTask).count()).isEqualTo(1);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    String auth = MEMBER_LOGIN;
    RawHttp http = new RawHttp("127.0.0.1", port);
    for (String path : List.of("/engine-rest/task", "/engine-rest/task/unknown-id", "/api/cycles",
        "/camunda/api/engine/engine/", "/camunda/app/tasklist/default/", "/open-data/citizen-promises",
        "/engine-rest/task;x=y", "/no-such-page", "/documents/situation-report:1/charts/problems.png")) {
      RawHttp.Response response = http.get(path, auth);
      assertThat(response.status()).as(path).isLessThan(500);
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.header("Content-Security-Policy")).as(path).isNotBlank();
      assertThat(response.header("Referrer-Policy")).as(path).isNotBlank();
    }
  }
}

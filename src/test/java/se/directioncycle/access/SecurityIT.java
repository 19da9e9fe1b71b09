package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.SUBMIT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/** Authentication everywhere, tenant isolation, candidate groups, and the two 7.24.0 CVEs. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;

  String alvkarlebyCycle;
  String kalixCycle;

  @BeforeAll
  void openCycles() {
    alvkarlebyCycle = new QuarterScenario(port, "alvkarleby").open(2051, 1);
    kalixCycle = new QuarterScenario(port, "kalix").open(2051, 1);
    engine.runDueJobs(alvkarlebyCycle, kalixCycle);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/user",
      "/engine-rest/process-definition", "/api/cycles", "/camunda/api/engine/engine/default/task",
      "/camunda/api/engine/engine/default/process-instance", "/actuator/health", "/actuator/prometheus",
      "/documents/situation-report:1", "/documents/situation-report:1/charts/problems.png",
      "/documents/annual-assessment:1/charts/survey.png"})
  void everyEndpointNeedsALogin(String path) {
    assertThat(Rest.anonymous(port).get(path).status()).isIn(401, 403);
    // one unknown user per path: the sixth failed login of one user from one client would be throttled (429)
    String nobody = "nobody-" + path.replaceAll("[^a-z]", "");
    assertThat(Rest.as(port, nobody, "Wrong#Passw0rd").get(path).status()).isIn(401, 403);
  }

  @Test
  void aWrongPasswordIsRefused() {
    // a user no other test logs in as: five failed logins from one client throttle that client for the account
    assertThat(Rest.as(port, "kalix-lpo-chef", "wrong-password").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(Rest.as(port, "kalix-lpo-chef", "wrong-password").get("/api/cycles").status()).isEqualTo(401);
  }

  @Test
  void startingACycleNeedsALoginToo() {
    assertThat(Rest.anonymous(port).post("/api/cycles", Map.of("year", 2052, "quarter", 1)).status()).isEqualTo(401);
    assertThat(Rest.anonymous(port)
        .post("/engine-rest/process-definition/key/QuarterlyDirectionCycle/start", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void membersSeeOnlyTheirOwnGroupsTasksInTheirOwnMunicipality() {
    Tasklist school = Tasklist.as(port, "alvkarleby-skola");
    assertThat(school.tasks(alvkarlebyCycle)).singleElement()
        .satisfies(t -> assertThat(t.path("taskDefinitionKey").asText()).isEqualTo(SUBMIT));
    assertThat(school.tasks(kalixCycle)).isEmpty();
    assertThat(Tasklist.as(port, "kalix-skola").tasks(alvkarlebyCycle)).isEmpty();
    assertThat(Rest.as(port, "kalix-samordnare").get("/engine-rest/process-instance?businessKey=" + alvkarlebyCycle)
        .json()).isEmpty();
    assertThat(Rest.as(port, "alvkarleby-samordnare").get("/engine-rest/process-instance?businessKey=" + kalixCycle)
        .json()).isEmpty();
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/cycles").body()).contains(kalixCycle)
        .doesNotContain("alvkarleby");
  }

  @Test
  void aSchoolMemberCannotCompleteThePoliceTask() {
    String policeTask = Tasklist.as(port, "alvkarleby-kommunpolis").task(alvkarlebyCycle, SUBMIT);
    Rest.Response response = Tasklist.as(port, "alvkarleby-skola").submit(policeTask,
        Map.of("situationInput", new Tasklist.Json("{\"nothingToReport\": true}")));
    assertThat(response.status()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(policeTask).count()).as("police task still open").isEqualTo(1);
    Rest.Response otherTenant = Tasklist.as(port, "kalix-kommunpolis").submit(policeTask,
        Map.of("situationInput", new Tasklist.Json("{\"nothingToReport\": true}")));
    // the engine's tenant check answers 500 "belongs to no authenticated tenant"; the guard makes it a Swedish 403
    assertThat(otherTenant.status()).isEqualTo(403);
    assertThat(otherTenant.message()).isEqualTo("Det här hör till en annan kommun än din; du kan inte se eller ändra det.");
    assertThat(taskService.createTaskQuery().taskId(policeTask).count()).isEqualTo(1);
  }

  @Test
  void aMemberCannotRewriteTheCyclesVariablesThroughItsTask() {
    Tasklist school = Tasklist.as(port, "alvkarleby-skola");
    String task = school.task(alvkarlebyCycle, SUBMIT);
    String processInstanceId = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
    Map<String, Object> ownGroup = Map.of("value", "alvkarleby-school", "type", "String");

    for (String path : List.of("/engine-rest/task/" + task + "/variables/chairGroup",
        "/engine-rest/task/" + task + "/localVariables/chairGroup",
        "/camunda/api/engine/engine/default/task/" + task + "/variables/chairGroup")) {
      Rest.Response put = school.rest().put(path, ownGroup);
      // the webapps' API takes no HTTP Basic: without a session it is 401 before anything else
      assertThat(put.status()).as(path).isIn(path.startsWith("/camunda") ? List.of(401, 403) : List.of(403));
      if (path.startsWith("/engine-rest")) {
        assertThat(put.message()).isEqualTo("Du har inte behörighet att göra det här.");
      }
    }
    Rest.Response modify = school.rest().post("/engine-rest/task/" + task + "/variables",
        Map.of("modifications", Map.of("chairGroup", ownGroup)));
    assertThat(modify.status()).isEqualTo(403);

    Rest.Response complete = school.rest().post("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of("chairGroup", ownGroup)));
    assertThat(complete.status()).as("completing outside the form is not on a member's allowlist").isEqualTo(403);

    Rest.Response submit = school.submit(task, Map.of("chairGroup", "alvkarleby-school",
        "situationInput", new Tasklist.Json("{\"nothingToReport\": true}")));
    assertThat(submit.status()).isEqualTo(400);
    assertThat(submit.message()).contains("«chairGroup» finns inte i formuläret");

    assertThat(runtimeService.getVariable(processInstanceId, "chairGroup")).isEqualTo("alvkarleby-chair");
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("task still open").isEqualTo(1);
    assertThat(school.rest().get("/engine-rest/task/" + task + "/form-variables").status())
        .as("reading the form still works").isEqualTo(200);
  }

  @Test
  void membersCannotStartCyclesOrStartThemInAnotherMunicipality() {
    Rest.Response member = Rest.as(port, "alvkarleby-skola").post("/api/cycles", Map.of("year", 2052, "quarter", 2));
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.message()).contains("samordnaren");
    Rest.Response otherMunicipality = Rest.as(port, "alvkarleby-samordnare")
        .post("/api/cycles", Map.of("year", 2052, "quarter", 2, "municipality", "kalix"));
    assertThat(otherMunicipality.status()).isEqualTo(400);
    assertThat(otherMunicipality.message()).contains("egen kommun");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"assignee\": \"${currentUser()}\"}",
      "{\"orQueries\": [{\"assigneeExpression\": \"${execution.getProcessEngineServices()}\"}]}",
      "{\"orQueries\": [{\"candidateGroupsExpression\": \"#{identityService.createUserQuery().list()}\"}]}",
      "{\"orQueries\": [{\"dueAfterExpression\": \"\\u0024{dateTime().toDate()}\"}]}",
      "{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"asc\"}], \"orQueries\": [{\"processInstanceBusinessKeyExpression\": \"${1+1}\"}]}"})
  void taskQueriesWithExpressionsAreRefused(String body) {
    for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
      Rest.Response response = Rest.as(port, "alvkarleby-skola").post(path, body);
      assertThat(response.status()).as(path + " " + body).isEqualTo(400);
      assertThat(response.message()).contains("Uttryck");
    }
  }

  @Test
  void expressionsInQueryParametersAreRefusedButPlainQueriesWork() {
    assertThat(Rest.as(port, "alvkarleby-skola").get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D")
        .status()).isEqualTo(400);
    assertThat(Rest.as(port, "alvkarleby-skola").post("/engine-rest/task",
        "{\"orQueries\": [{\"candidateGroup\": \"alvkarleby-school\"}]}").status()).isEqualTo(200);
  }

  @Test
  void theAdminSetupEndpointCannotCreateAnAdministrator() {
    String body = "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"X\", \"lastName\": \"Y\"},"
        + " \"credentials\": {\"password\": \"Intruder#Passw0rd\"}}";
    Rest.Response response = Rest.anonymous(port).post("/camunda/api/admin/setup/default/user/create", body);
    assertThat(response.status()).isIn(401, 403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void theCamunda8MigrationBannerIsHidden() {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      Rest.Response css = Rest.anonymous(port).get("/camunda/app/" + app + "/styles/user-styles.css");
      assertThat(css.status()).isEqualTo(200);
      assertThat(css.body()).contains(".ce-eol-banner").contains("display: none");
    }
  }
}

package se.directioncycle.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * The forms' contract with the server, proven by a client that reads only the declared forms (docs/forms.md): it
 * drives a process from its start form to its end through the REST API as the people of each task's candidate
 * group, submitting at every form the smallest submission its declaration allows, taking every branch of a choice
 * that shows other fields over the runs, and showing for each field in a submission that leaving it out is refused
 * exactly when the declaration marks it required (leaving out the fields it does not mark is what the smallest
 * submission does, and that is accepted). The user tasks are found in the deployed model, so a new task is covered.
 * Tasks with an embedded form are known by the JSON Schema published next to it and the task's context (the
 * schema's half, {@link DeclaredSchemaClient}). Älvkarleby agreements valid from 2056, the 2057 quarters and Kalix's
 * annual assessment 2058, quarters 2090 and the promise periods from 2075-01 are used only here.
 */
@IntegrationTest
class FormContractIT {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  IdentityService identityService;

  /** Branch values taken per form and field, over the runs of one test. */
  private final Map<String, Map<String, List<String>>> taken = new TreeMap<>();
  /** Kinds of task left undone once, past their deadline, so what a late answer brings is filled too. */
  private final Set<String> lapseOnce = new TreeSet<>();
  private Task lapsingTask;
  private Date lapseStart;
  /** Form fields (formId.key) whose options decide what the form shows or where the process goes. */
  private final Set<String> branchFields = new TreeSet<>();
  /** Values a declaration leaves to a person (a file, a date), by the path in an embedded form's submission. */
  private final Map<String, Object> wishes = new HashMap<>();
  private final Set<String> visitedTasks = new TreeSet<>();

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void theCooperationAgreementRunsToItsEndOnTheSmallestDeclaredSubmissionsInEveryBranch() {
    String process = "CooperationAgreement";
    for (int run = 0; run < 2; run++) {
      LocalDate validFrom = LocalDate.of(2056 + 3 * run, 1, 1);
      engine.setClock(Date.from(LocalDateTime.of(validFrom.getYear() - 1, 12, 1, 9, 0).atZone(SWEDEN).toInstant()));
      // dates are a person's choice: the form states their relations in words (form-js cannot declare them)
      String businessKey = start(process, "alvkarleby-samordnare", Map.of("validFrom", validFrom.toString(),
          "validTo", validFrom.plusYears(3).minusDays(1).toString()));
      driveToEnd(businessKey);
    }
    assertEveryUserTaskAndBranchCovered(process);
  }

  @Test
  void theAnnualAssessmentRunsToItsEndOnTheSmallestDeclaredSubmissionsInEveryBranch() throws Exception {
    String process = "AnnualAssessment";
    // the survey file is the coordinator's (the schema says what a file must be, not what it holds)
    byte[] survey = java.nio.file.Files.readString(java.nio.file.Path.of("docs/samples/safety-survey.csv"))
        .replace("\n2024;", "\n2058;").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    wishes.put("/surveyFile", Map.of("type", "File", "value", java.util.Base64.getEncoder().encodeToString(survey),
        "valueInfo", Map.of("filename", "trygghetsmatning.csv", "mimetype", "text/csv")));
    engine.setClock(Date.from(LocalDateTime.of(2059, 1, 10, 9, 0).atZone(SWEDEN).toInstant()));
    String businessKey = start(process, "kalix-samordnare", Map.of("year", 2058L));
    driveToEnd(businessKey);
    assertEveryUserTaskAndBranchCovered(process);
  }

  @Test
  void twoQuartersRunToTheirEndOnTheSmallestDeclaredSubmissionsInEveryBranch() {
    String process = "QuarterlyDirectionCycle";
    lapseOnce.add("UserTask_ReportInterventionStatus"); // one report comes late: the coordinator handles that
    for (int quarter = 1; quarter <= 2; quarter++) { // the second quarter evaluates the first one's interventions
      engine.setClock(Date.from(LocalDateTime.of(2090, 3 * quarter - 2, 1, 9, 0).atZone(SWEDEN).toInstant()));
      String businessKey = start(process, "kalix-samordnare", Map.of("year", 2090L, "quarter", (long) quarter));
      driveToEnd(businessKey);
    }
    assertEveryUserTaskAndBranchCovered(process);
    assertEveryUserTaskAndBranchCovered("InterventionFollowUp"); // the called follow-up of each intervention
  }

  @Test
  void aCitizenPromisePeriodRunsToItsEndOnTheSmallestDeclaredSubmissionsInEveryBranch() {
    String process = "CitizenPromiseCycle";
    // two periods, so that the promises finally signed are qualitative in one (judged) and quantitative in the other
    for (String coordinator : List.of("alvkarleby-samordnare", "kalix-samordnare")) {
      engine.setClock(Date.from(LocalDateTime.of(2074, 9, 1, 9, 0).atZone(SWEDEN).toInstant()));
      driveToEnd(start(process, coordinator, Map.of("firstMonth", "2075-01")));
    }
    assertEveryUserTaskAndBranchCovered(process);
  }

  @Test
  void anEmbeddedFormsSchemaIsServedToWhoeverMaySeeTheTaskAndToNobodyElse() {
    engine.setClock(Date.from(LocalDateTime.of(2056, 12, 1, 9, 0).atZone(SWEDEN).toInstant()));
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    String cycle = alvkarleby.open(2057, 1);
    engine.runDueJobs(cycle);
    String taskId = alvkarleby.as("skola").task(cycle, QuarterScenario.SUBMIT);

    Rest.Response schema = Rest.as(port, "alvkarleby-skola").get("/api/tasks/" + taskId + "/form-schema");
    assertThat(schema.status()).as(schema.body()).isEqualTo(200);
    assertThat(schema.json().path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.json().at("/properties/situationInput/properties/indicators/x-oneItemPer").asText())
        .isEqualTo("situationContext#/indicators/*/code");
    for (String stranger : List.of("kalix-samordnare", "kalix-skola")) {
      Rest.Response refused = Rest.as(port, stranger).get("/api/tasks/" + taskId + "/form-schema");
      assertThat(refused.status()).as(stranger).isEqualTo(404);
      assertThat(refused.body()).doesNotContain("situationInput");
    }
    assertThat(Rest.as(port, "alvkarleby-skola").get("/api/tasks/no-such-task/form-schema").status()).isEqualTo(404);

    // the server refuses what the schema refuses: no indicator values while there is something to report
    Tasklist member = alvkarleby.as("skola");
    Rest.Response missing = member.submit(taskId, Map.of("situationInput",
        new Tasklist.Json("{\"nothingToReport\": false}")));
    assertThat(missing.status()).isEqualTo(400);
    // and accepts the smallest the schema allows: nothing to report, nothing else
    member.complete(taskId, Map.of("situationInput", new Tasklist.Json("{\"nothingToReport\": true}")));
  }

  /** Starts the process with its start form's smallest submission as that person; returns the business key. */
  private String start(String process, String user, Map<String, Object> wishes) {
    Rest rest = Rest.as(port, user);
    JsonNode form = DeclaredFormClient.startForm(rest, process);
    String formId = form.path("id").asText();
    List<DeclaredFormClient.Field> fields = DeclaredFormClient.fields(form);
    Map<String, Object> submission = DeclaredFormClient.smallest(formId, fields, chooseBranches(formId, fields),
        wishes, EngineClock.today());
    String path = "/engine-rest/process-definition/key/" + process + "/submit-form";
    for (String key : DeclaredFormClient.declaredRequired(fields, submission)) {
      Map<String, Object> without = new LinkedHashMap<>(submission);
      without.remove(key);
      Rest.Response refused = rest.post(path, Map.of("variables", Tasklist.typed(without)));
      assertThat(refused.status()).as("start form %s without «%s», which it declares required: %s", formId, key,
          refused.body()).isEqualTo(400);
    }
    Rest.Response started = rest.post(path, Map.of("variables", Tasklist.typed(submission)));
    assertThat(started.status()).as("start form %s: the smallest submission its declaration allows, %s, was refused: %s",
        formId, submission, started.body()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  /** Runs the jobs, lets time pass to the next timer when nobody has work, and fills every task, until the end. */
  private void driveToEnd(String businessKey) {
    for (int step = 0; step < 300; step++) {
      engine.runDueJobs(businessKey);
      Set<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
          .stream().map(p -> p.getId()).collect(Collectors.toSet());
      if (instances.isEmpty()) {
        return;
      }
      List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list();
      List<Task> ready = tasks.stream().filter(t -> !lapsing(t, tasks)).toList();
      if (!ready.isEmpty()) {
        ready.forEach(this::fill);
        continue;
      }
      Job next = managementService.createJobQuery().list().stream()
          .filter(j -> instances.contains(j.getProcessInstanceId()) && j.getDuedate() != null)
          .min(Comparator.comparing(Job::getDuedate))
          .orElseThrow(() -> new AssertionError(businessKey + " is stuck: no task, no timer"));
      ClockUtil.setCurrentTime(new Date(Math.max(next.getDuedate().getTime(), ClockUtil.getCurrentTime().getTime())
          + 60_000));
    }
    throw new AssertionError(businessKey + " did not end within 300 steps; open: " + taskService.createTaskQuery()
        .processInstanceBusinessKey(businessKey).list().stream().map(Task::getTaskDefinitionKey).toList()
        + ", filled: " + visitedTasks + ", clock " + ClockUtil.getCurrentTime());
  }

  /**
   * Whether a task is left undone for now: the first task of a kind in {@link #lapseOnce} waits until its process
   * brings another task (what a late report brings: the coordinator's handling of it), or goes away.
   */
  private boolean lapsing(Task task, List<Task> open) {
    if (lapsingTask == null && lapseOnce.remove(task.getTaskDefinitionKey())) {
      lapsingTask = task;
      lapseStart = ClockUtil.getCurrentTime();
    }
    if (lapsingTask == null || !lapsingTask.getId().equals(task.getId())) {
      return false;
    }
    boolean followedUp = open.stream().anyMatch(t -> t.getProcessInstanceId().equals(task.getProcessInstanceId())
        && !t.getId().equals(task.getId()) && t.getCreateTime().after(lapseStart));
    if (followedUp) {
      lapsingTask = null;
    }
    return !followedUp;
  }

  /** One task, as a person of its candidate group does it in Tasklist, read only from its declared form. */
  private void fill(Task task) {
    String user = userFor(task);
    Rest rest = Rest.as(port, user);
    Tasklist tasklist = new Tasklist(rest);
    JsonNode schema = DeclaredSchemaClient.taskSchema(rest, task.getId());
    if (schema != null) {
      fillEmbedded(task, tasklist, schema);
      return;
    }
    JsonNode form = DeclaredFormClient.taskForm(rest, task.getId());
    String formId = form.path("id").asText();
    JsonNode formVariables = tasklist.formVariables(task.getId());
    List<DeclaredFormClient.Field> fields = DeclaredFormClient.fields(form).stream()
        .map(f -> f.withOptionsFrom(formVariables)).toList();
    Map<String, Object> submission = DeclaredFormClient.smallest(formId, fields, chooseBranches(formId, fields),
        Map.of(), EngineClock.today());
    for (String key : DeclaredFormClient.declaredRequired(fields, submission)) {
      // emptied, as a person clears a field: a task's form may show a value from an earlier round
      Map<String, Object> without = new LinkedHashMap<>(submission);
      without.put(key, null);
      Rest.Response refused = tasklist.submit(task.getId(), without);
      assertThat(refused.status()).as("form %s (task %s) without «%s», which it declares required: %s", formId,
          task.getTaskDefinitionKey(), key, refused.body()).isEqualTo(400);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    }
    Rest.Response accepted = tasklist.submit(task.getId(), submission);
    assertThat(accepted.status()).as("form %s (task %s): the smallest submission its declaration allows, %s, was "
        + "refused: %s", formId, task.getTaskDefinitionKey(), submission, accepted.body()).isEqualTo(204);
    visitedTasks.add(task.getTaskDefinitionKey());
  }

  /**
   * A task with an embedded form, from its published schema and the task's context: each required value the schema
   * cannot do without is refused when left out (and the task stays open), and the smallest submission is accepted.
   */
  private void fillEmbedded(Task task, Tasklist tasklist, JsonNode schema) {
    String formId = schema.path("$id").asText();
    DeclaredSchemaClient client = new DeclaredSchemaClient(schema, tasklist.formVariables(task.getId()),
        (path, options) -> chooseBranch(formId, path, options), path -> wishes.get(path), EngineClock.today());
    ObjectNode submission = client.smallest();
    client.withoutEachRequiredValue(submission).forEach((path, without) -> {
      Rest.Response refused = tasklist.submit(task.getId(), DeclaredSchemaClient.variables(without));
      assertThat(refused.status()).as("form %s (task %s) without %s, which its schema requires: %s", formId,
          task.getTaskDefinitionKey(), path, refused.body()).isEqualTo(400);
    });
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    Rest.Response accepted = tasklist.submit(task.getId(), DeclaredSchemaClient.variables(submission));
    assertThat(accepted.status()).as("form %s (task %s): the smallest submission its schema allows was refused: %s",
        formId, task.getTaskDefinitionKey(), accepted.body()).isEqualTo(204);
    visitedTasks.add(task.getTaskDefinitionKey());
  }

  /** A branch of an embedded form's schema: the option taken least so far (the later one first). */
  private JsonNode chooseBranch(String formId, String path, List<JsonNode> options) {
    List<String> history = taken.computeIfAbsent(formId, id -> new TreeMap<>()).computeIfAbsent(path,
        key -> new ArrayList<>());
    List<JsonNode> laterFirst = new ArrayList<>(options);
    java.util.Collections.reverse(laterFirst);
    JsonNode option = laterFirst.stream()
        .min(Comparator.comparingLong(o -> history.stream().filter(o.toString()::equals).count())).orElseThrow();
    history.add(option.toString());
    return option;
  }

  /**
   * For each choice, an option not taken yet (the later one first), else the first: over the runs every option of a choice
   * that shows other fields is taken, and the others vary, so what they lead to in the process comes too (a red
   * traffic light, say).
   */
  private Map<String, String> chooseBranches(String formId, List<DeclaredFormClient.Field> fields) {
    Map<String, String> chosen = new LinkedHashMap<>();
    DeclaredFormClient.branchFields(fields).forEach(f -> branchFields.add(formId + "." + f.key()));
    for (DeclaredFormClient.Field field : fields.stream().filter(f -> f.choice() && f.options().size() > 1).toList()) {
      List<String> history = taken.computeIfAbsent(formId, id -> new TreeMap<>())
          .computeIfAbsent(field.key(), key -> new ArrayList<>());
      List<String> options = new ArrayList<>(field.options());
      java.util.Collections.reverse(options);
      // once every option was taken, the form's first (approve, sign): a return or a refusal must not loop forever
      String option = options.stream().allMatch(history::contains) ? field.options().get(0) : options.stream()
          .min(Comparator.comparingLong(o -> history.stream().filter(o::equals).count())).orElseThrow();
      history.add(option);
      chosen.put(field.key(), option);
    }
    return chosen;
  }

  private String userFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        var users = identityService.createUserQuery().memberOfGroup(link.getGroupId()).list();
        if (!users.isEmpty()) {
          return users.get(0).getId();
        }
      }
    }
    throw new AssertionError("Nobody may do task " + task.getTaskDefinitionKey());
  }

  /** Every user task of the deployed model was filled, and every branch option of its forms was taken. */
  private void assertEveryUserTaskAndBranchCovered(String process) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(process)
        .latestVersion().list().get(0).getId();
    Set<String> userTasks = repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class)
        .stream().map(UserTask::getId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(visitedTasks).as("user tasks of %s filled by the contract client", process).containsAll(userTasks);
    Map<String, Set<String>> missing = new HashMap<>();
    taken.forEach((formId, byField) -> byField.forEach((key, values) -> {
      boolean branch = branchFields.contains(formId + "." + key) || formId.startsWith("urn:");
      if (branch && new TreeSet<>(values).size() < 2) {
        missing.put(formId + "." + key, new TreeSet<>(values));
      }
    }));
    assertThat(missing).as("branches taken only one way").isEmpty();
  }
}

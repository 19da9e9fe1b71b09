package se.directioncycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * What one logged-in person does in the browser, request by request as Tasklist and Cockpit send them, each step
 * timed into {@link LatencySamples}. Members open their task list, open a task's form and submit it; chairs and
 * coordinators open their task list and the form of a task they see; coordinators also open Cockpit's dashboard.
 */
final class SimulatedPerson {

  enum Role { MEMBER, CHAIR, COORDINATOR }

  static final String MY_TASKS = "Mina uppgifter";
  /** Tasklist's own list request: first page, newest first, the card variables come with the HAL answer. */
  private static final String LIST_BODY = Rest.write(Map.of("processVariables", List.of(), "taskVariables", List.of(),
      "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
      "active", true));

  /** The browser's parallel connections (the common pool has one thread on two cores). */
  private static final ExecutorService BROWSER_CONNECTIONS = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "browser-connection");
    thread.setDaemon(true);
    return thread;
  });

  private final WebappClient session;
  private final Role role;
  private final LatencySamples samples;
  private final LatencyClock clock;
  private final int historyYear;
  private String myTasksFilter;

  SimulatedPerson(WebappClient session, Role role, LatencySamples samples, LatencyClock clock, int historyYear) {
    this.session = session;
    this.role = role;
    this.samples = samples;
    this.clock = clock;
    this.historyYear = historyYear;
  }

  String user() {
    return session.user;
  }

  /** One visit: the dashboard (coordinators), the task list, one task's form, and for members its submit. */
  void visit() {
    if (role == Role.COORDINATOR) {
      openDashboard();
      clock.think();
    }
    List<JsonNode> tasks = openTaskList();
    JsonNode task = choose(tasks);
    if (task == null) {
      return;
    }
    clock.think();
    String key = task.path("taskDefinitionKey").asText();
    JsonNode variables = loadForm(task.path("id").asText(), key);
    if (role == Role.MEMBER && variables != null) {
      clock.think();
      submit(task.path("id").asText(), key, variables);
    }
  }

  /** Tasklist's filter list with the count of each filter, then the first page of "Mina uppgifter". */
  List<JsonNode> openTaskList() {
    WebappClient.Answer filters = filters();
    record("task-list.filters", filters);
    if (!filters.ok()) {
      return List.of();
    }
    clock.think();
    WebappClient.Answer list = listMyTasks();
    record("task-list", list);
    List<JsonNode> tasks = new ArrayList<>();
    if (list.ok()) {
      QuarterScenario.parse(list.body()).path("_embedded").path("task").forEach(tasks::add);
    }
    return tasks;
  }

  /** The filters this person may read, each with its number of tasks (Tasklist's left column). */
  WebappClient.Answer filters() {
    WebappClient.Answer filters = session.get(session.engineApi() + "/filter?resourceType=Task&itemCount=true");
    if (filters.ok() && myTasksFilter == null) {
      for (JsonNode filter : QuarterScenario.parse(filters.body())) {
        if (filter.path("name").asText().equals(MY_TASKS)) {
          myTasksFilter = filter.path("id").asText();
        }
      }
    }
    return filters;
  }

  /** The first page of "Mina uppgifter" as Tasklist asks for it (HAL: the tasks with their card variables). */
  WebappClient.Answer listMyTasks() {
    return session.send("POST", session.engineApi() + "/filter/" + myTasksFilter
        + "/list?firstResult=0&maxResults=15", "application/hal+json", "application/json", LIST_BODY);
  }

  private JsonNode choose(List<JsonNode> tasks) {
    List<String> preferred = role == Role.MEMBER ? List.of(QuarterScenario.REPORT, QuarterScenario.SUBMIT)
        : List.of(QuarterScenario.DECIDE, QuarterScenario.REVIEW, QuarterScenario.PROPOSE, QuarterScenario.EVALUATE);
    for (String key : preferred) {
      for (JsonNode task : tasks) {
        if (task.path("taskDefinitionKey").asText().equals(key)) {
          return task;
        }
      }
    }
    return role == Role.MEMBER || tasks.isEmpty() ? null : tasks.get(0);
  }

  /**
   * Opening a task: the task, its form key, the deployed form (HTML or Camunda Forms JSON), and its variables
   * serialized (an embedded form names the ones it reads). Timed as one step, as the person waits for all of them.
   */
  JsonNode loadForm(String taskId, String taskDefinitionKey) {
    String task = session.engineApi() + "/task/" + taskId;
    String names = taskDefinitionKey.equals(QuarterScenario.SUBMIT)
        ? "&variableNames=" + URLEncoder.encode("situationContext", StandardCharsets.UTF_8) : "";
    List<WebappClient.Answer> answers = List.of(
        session.send("GET", task, "application/hal+json", null, null),
        session.get(task + "/form"),
        session.send("GET", task + "/deployed-form", "*/*", null, null),
        session.get(task + "/form-variables?deserializeValues=false" + names));
    double millis = answers.stream().mapToDouble(WebappClient.Answer::millis).sum();
    int status = answers.stream().mapToInt(WebappClient.Answer::status).filter(s -> s < 200 || s >= 300).findFirst()
        .orElse(200);
    samples.add(clock.sample("form-load", session.user, millis, answers.size(), status));
    return status == 200 ? QuarterScenario.parse(answers.get(3).body()) : null;
  }

  /** A valid submit as the form sends it: every indicator of the situation input, or a green status report. */
  void submit(String taskId, String taskDefinitionKey, JsonNode formVariables) {
    Map<String, Object> variables = new LinkedHashMap<>();
    String kind;
    if (taskDefinitionKey.equals(QuarterScenario.SUBMIT)) {
      List<Map<String, Object>> indicators = new ArrayList<>();
      QuarterScenario.jsonVariable(formVariables, "situationContext").path("indicators")
          .forEach(i -> indicators.add(Map.of("code", i.path("code").asText(), "value", 4)));
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("nothingToReport", false);
      input.put("indicators", indicators);
      input.put("observations", List.of(
          QuarterScenario.observation("KLOTTER", "Centrum", 2, "Klotter på elskåpet vid skolan"),
          QuarterScenario.observation("BUSKORNING_MOPED_ATRAKTOR", "Söder", 3, "Mopeder på gångvägen kvällstid")));
      variables.put("situationInput", new Tasklist.Json(Rest.write(input)));
      kind = "submit.situation-input";
    } else if (taskDefinitionKey.equals(QuarterScenario.REPORT)) {
      variables.put("trafficLight", "green");
      variables.put("progressCount", 2L);
      variables.put("statusComment", "Två tillfällen genomförda");
      kind = "submit.status-report";
    } else {
      return;
    }
    WebappClient.Answer answer = session.send("POST", session.engineApi() + "/task/" + taskId + "/submit-form",
        "application/json", "application/json", Rest.write(Map.of("variables", Tasklist.typed(variables))));
    record(kind, answer);
  }

  /**
   * Cockpit's dashboard as plugin.js loads it: open cycles, annual assessments and promise periods at once (the
   * page waits for all three: "dashboard"), then a year's history and compliance at once, then the map.
   */
  void openDashboard() {
    String plugin = session.cockpitPlugin("direction-cycle") + "/";
    Together first = parallel(plugin + "cycles", plugin + "annual-assessments",
        plugin + "promise-periods");
    record("dashboard.cycles", first.get(0));
    record("dashboard.annual-assessments", first.get(1));
    record("dashboard.promise-periods", first.get(2));
    recordTogether("dashboard", first);
    Together past = parallel(plugin + "history?year=" + historyYear,
        plugin + "compliance?year=" + historyYear);
    recordTogether("dashboard.history+compliance", past);
    record("dashboard.area-maps", session.get(plugin + "area-maps"));
  }

  /** The open cycles the dashboard lists for this person (checked once before measuring). */
  int openCyclesOnDashboard() {
    WebappClient.Answer cycles = session.get(session.cockpitPlugin("direction-cycle") + "/cycles");
    if (!cycles.ok()) {
      throw new IllegalStateException("dashboard for " + session.user + ": " + cycles.status() + " " + cycles.body());
    }
    return QuarterScenario.parse(cycles.body()).size();
  }

  /** Requests sent at once, as a browser's Promise.all does, and the wall time until the last answer. */
  private record Together(List<WebappClient.Answer> answers, double millis) {
    WebappClient.Answer get(int index) {
      return answers.get(index);
    }
  }

  private Together parallel(String... paths) {
    long start = System.nanoTime();
    List<CompletableFuture<WebappClient.Answer>> futures = new ArrayList<>();
    for (String path : paths) {
      futures.add(CompletableFuture.supplyAsync(() -> session.get(path), BROWSER_CONNECTIONS));
    }
    List<WebappClient.Answer> answers = futures.stream().map(CompletableFuture::join).toList();
    return new Together(answers, (System.nanoTime() - start) / 1e6);
  }

  private void recordTogether(String kind, Together together) {
    int status = together.answers().stream().mapToInt(WebappClient.Answer::status).filter(s -> s < 200 || s >= 300)
        .findFirst().orElse(200);
    samples.add(clock.sample(kind, session.user, together.millis(), together.answers().size(), status));
  }

  private void record(String kind, WebappClient.Answer answer) {
    samples.add(clock.sample(kind, session.user, answer.millis(), 1, answer.status()));
  }
}

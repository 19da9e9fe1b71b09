package se.directioncycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import se.directioncycle.support.QuarterScenario;

/**
 * Where a request's time goes: each kind sent alone before the clients start (the job executor not yet running), five
 * times after five unmeasured ones, with its wall time, its SQL statements and the time spent executing them
 * (medians; a scheduled task of the application may add a statement now and then), and the statements of one task
 * list, form load and dashboard by text. It runs first because the clients submit every situation input in their
 * minute, and the form load and the submit need one left.
 */
final class SqlPerRequest {

  private static final int REPEAT = 5;

  private SqlPerRequest() {}

  static String measure(int port, SqlRecorder sql, int active, int historyYear) {
    for (int m = 0; m < active; m++) {
      for (String member : QuarterBenchmark.MEMBERS) {
        WebappClient session = WebappClient.login(port, LatencyBenchmark.ENGINE,
            QuarterBenchmark.municipalityId(m) + "-" + member, "tasklist");
        SimulatedPerson person = new SimulatedPerson(session, SimulatedPerson.Role.MEMBER, new LatencySamples(),
            new LatencyClock(0, 0, 0), historyYear);
        JsonNode task = person.openTaskList().stream()
            .filter(t -> t.path("taskDefinitionKey").asText().equals(QuarterScenario.SUBMIT)).findFirst().orElse(null);
        if (task != null) {
          return measure(port, sql, person, session, task.path("id").asText(), historyYear);
        }
        // this member has submitted all its situation inputs; the next one
      }
    }
    return "(no member had a situation input left to submit: no requests sent alone)\n";
  }

  private static String measure(int port, SqlRecorder sql, SimulatedPerson person, WebappClient session, String taskId,
      int historyYear) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Each request alone, before the clients (median of %d;"
        + " %s):%n%-40s %8s %11s %8s%n", REPEAT, session.user, "request", "wall ms", "statements", "SQL ms"));
    Map<String, List<SqlRecorder.Statement>> statementsOf = new LinkedHashMap<>();
    row(out, sql, "task-list.filters", "task-list.filters", statementsOf, () -> person.filters());
    row(out, sql, "task-list", "task-list", statementsOf, () -> person.listMyTasks());
    JsonNode[] variables = new JsonNode[1];
    row(out, sql, "form-load (4 requests)", "form-load", statementsOf,
        () -> variables[0] = person.loadForm(taskId, QuarterScenario.SUBMIT));
    long statements = sql.statements();
    double sqlMillis = sql.sqlMillis();
    long start = System.nanoTime();
    person.submit(taskId, QuarterScenario.SUBMIT, variables[0]);
    out.append(String.format(Locale.ROOT, "%-40s %8.1f %11d %8.1f%n", "submit.situation-input (once)",
        (System.nanoTime() - start) / 1e6, sql.statements() - statements, sql.sqlMillis() - sqlMillis));
    WebappClient coordinator = WebappClient.login(port, LatencyBenchmark.ENGINE,
        QuarterBenchmark.municipalityId(0) + "-samordnare", "cockpit");
    String plugin = coordinator.cockpitPlugin("direction-cycle") + "/";
    for (String what : List.of("cycles", "annual-assessments", "promise-periods", "history?year=" + historyYear,
        "compliance?year=" + historyYear, "area-maps")) {
      row(out, sql, "dashboard." + what, what.equals("cycles") ? "dashboard.cycles" : null, statementsOf,
          () -> coordinator.get(plugin + what));
    }
    statementsOf.forEach((kind, texts) -> out.append(byText(kind, texts)));
    return out.toString();
  }

  private static void row(StringBuilder out, SqlRecorder sql, String label, String recordAs,
      Map<String, List<SqlRecorder.Statement>> statementsOf, Supplier<Object> request) {
    List<Double> wall = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<Double> sqlMillis = new ArrayList<>();
    for (int i = 0; i < REPEAT; i++) {
      request.get(); // unmeasured: the first requests of a kind load classes and fill caches
    }
    for (int i = 0; i < REPEAT; i++) {
      if (recordAs != null && i == REPEAT - 1) {
        sql.startRecording();
      }
      long statements = sql.statements();
      double inSql = sql.sqlMillis();
      long start = System.nanoTime();
      request.get();
      wall.add((System.nanoTime() - start) / 1e6);
      counts.add((double) (sql.statements() - statements));
      sqlMillis.add(sql.sqlMillis() - inSql);
      if (recordAs != null && i == REPEAT - 1) {
        statementsOf.put(recordAs, sql.stopRecording());
      }
    }
    out.append(String.format(Locale.ROOT, "%-40s %8.1f %11.0f %8.1f%n", label, median(wall), median(counts),
        median(sqlMillis)));
  }

  /** The statements of one request, the same text counted together with its time, the most time first. */
  private static String byText(String kind, List<SqlRecorder.Statement> statements) {
    Map<String, long[]> byText = SqlRecorder.byText(statements);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Statements of one %s request (%d):%n", kind,
        statements.size()));
    byText.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %3d x %6.2f ms  %s%n", e.getValue()[0],
            e.getValue()[1] / 1e6, e.getKey())));
    return out.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}

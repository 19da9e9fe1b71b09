package se.directioncycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import se.directioncycle.support.QuarterScenario;

/**
 * Where a request's time may go: the SQL statements one request of each kind sends, counted by the DataSource proxy
 * after the clients have stopped (the job executor too), one request at a time; reads are counted three times and the
 * least is kept, in case a scheduled task of the application ran meanwhile.
 */
final class SqlPerRequest {

  private SqlPerRequest() {}

  static String measure(int port, AtomicLong statements, int active) {
    StringBuilder out = new StringBuilder("SQL statements per request (one request at a time, after the run):\n");
    for (int m = 0; m < active; m++) {
      for (String member : QuarterBenchmark.MEMBERS) {
        WebappClient session = WebappClient.login(port, LatencyBenchmark.ENGINE,
            QuarterBenchmark.municipalityId(m) + "-" + member, "tasklist");
        SimulatedPerson person = new SimulatedPerson(session, SimulatedPerson.Role.MEMBER, new LatencySamples(),
            new LatencyClock(0, 0, 0), 0);
        String filters = session.engineApi() + "/filter?resourceType=Task&itemCount=true";
        line(out, "task-list.filters (" + session.user + ")", least(statements, () -> session.get(filters)));
        JsonNode task = null;
        long list = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          long before = statements.get();
          task = person.openTaskList().stream()
              .filter(t -> t.path("taskDefinitionKey").asText().equals(QuarterScenario.SUBMIT)).findFirst().orElse(null);
          list = Math.min(list, statements.get() - before);
        }
        if (task == null) {
          out.setLength(0);
          out.append("SQL statements per request (one request at a time, after the run):\n");
          continue; // this member has submitted all its situation inputs; try the next one
        }
        line(out, "task-list.filters + task-list", list);
        String id = task.path("id").asText();
        JsonNode[] variables = new JsonNode[1];
        line(out, "form-load (4 requests)", least(statements, () -> variables[0] = person.loadForm(id,
            QuarterScenario.SUBMIT)));
        long before = statements.get();
        person.submit(id, QuarterScenario.SUBMIT, variables[0]);
        line(out, "submit.situation-input", statements.get() - before);
        WebappClient coordinator = WebappClient.login(port, LatencyBenchmark.ENGINE,
            QuarterBenchmark.municipalityId(0) + "-samordnare", "cockpit");
        String plugin = coordinator.cockpitPlugin("direction-cycle") + "/";
        for (String what : new String[] {"cycles", "annual-assessments", "promise-periods", "area-maps"}) {
          line(out, "dashboard." + what, least(statements, () -> coordinator.get(plugin + what)));
        }
        return out.toString();
      }
    }
    return out.append("(no member had a situation input left to submit)\n").toString();
  }

  private static long least(AtomicLong statements, Supplier<Object> request) {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = statements.get();
      request.get();
      least = Math.min(least, statements.get() - before);
    }
    return least;
  }

  private static void line(StringBuilder out, String what, long count) {
    out.append(String.format(Locale.ROOT, "  %-40s %5d%n", what, count));
  }
}

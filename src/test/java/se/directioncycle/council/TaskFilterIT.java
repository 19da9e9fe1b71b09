package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;

/**
 * Tasklist's saved filters: shared by all municipalities (ADR 0023), each readable by the groups it is for,
 * read-only, and each shows the tasks its name promises, of the caller's own municipalities only.
 */
@IntegrationTest
class TaskFilterIT {

  private static final int YEAR = 2089;
  /** Mina uppgifter, Försenade, Min organisation, Kvartalets inriktningsbeslut and one per role. */
  private static final long SHARED_FILTERS = 4 + Role.values().length;

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  TaskFilterSeeder seeder;
  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;
  @Autowired
  AdminCredentials admin;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void eachPersonSeesTheFiltersOfTheirOwnGroupsOnly() {
    assertThat(filterNames("kalix-skola"))
        .containsExactlyInAnyOrder(TaskFilterSeeder.MY_TASKS, TaskFilterSeeder.OVERDUE,
            TaskFilterSeeder.MY_ORGANISATION);
    assertThat(filterNames("kalix-samordnare"))
        .contains(TaskFilterSeeder.MY_TASKS, Role.COORDINATOR.swedishName(), TaskFilterSeeder.DECISIONS)
        .doesNotContain(Role.CHAIR.swedishName());
    assertThat(filterService.createFilterQuery().count()).as("the same filters whatever the number of municipalities")
        .isEqualTo(SHARED_FILTERS);
  }

  @Test
  void nobodyCanChangeOrAddAFilterOverHttp() {
    Rest member = Rest.as(port, "kalix-skola");
    String id = filterId(member, TaskFilterSeeder.MY_TASKS);
    Rest.Response change = member.put("/engine-rest/filter/" + id, Map.of("resourceType", "Task",
        "name", TaskFilterSeeder.MY_TASKS, "query", Map.of("taskAssigneeExpression", "${currentUser()}")));
    assertThat(change.status()).isIn(400, 403);
    Rest.Response create = member.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Egen",
        "query", Map.of()));
    assertThat(create.status()).isEqualTo(403);
    assertThat(member.delete("/engine-rest/filter/" + id).status()).isEqualTo(403);
    assertThat(filterNames("kalix-skola")).contains(TaskFilterSeeder.MY_TASKS).doesNotContain("Egen");
    Rest.Response sneaky = Rest.as(port, "admin").post("/engine-rest/filter/create", Map.of("resourceType", "Task",
        "name", "Med uttryck", "query", Map.of("taskAssigneeExpression", "${currentUser()}")));
    assertThat(sneaky.status()).as("filters come from code; not even the administrator stores one over HTTP")
        .isEqualTo(403);
    assertThat(filterNames("kalix-skola")).doesNotContain("Med uttryck");
  }

  @Test
  void theFiltersListWhatTheirNamesSay() {
    String cycle = new QuarterScenario(port, "kalix").open(YEAR, 1);
    engine.runDueJobs(cycle);
    Rest school = Rest.as(port, "kalix-skola");
    Rest coordinator = Rest.as(port, "kalix-samordnare");

    List<JsonNode> mine = list(school, TaskFilterSeeder.MY_TASKS, cycle);
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("name").asText()).as("the name says municipality and period")
        .isEqualTo("Lämna underlag till lägesbild – Kalix " + YEAR + " kvartal 1");
    assertThat(list(school, TaskFilterSeeder.MY_ORGANISATION, cycle)).extracting(t -> t.path("id").asText())
        .containsExactly(mine.get(0).path("id").asText());
    assertThat(list(Rest.as(port, "alvkarleby-skola"), TaskFilterSeeder.MY_ORGANISATION, cycle))
        .as("the same filter lists only the caller's own municipality's tasks").isEmpty();
    assertThat(list(Rest.as(port, "kalix-fritid"), TaskFilterSeeder.MY_ORGANISATION, cycle))
        .as("and only those of the caller's own organisation: leisure's own input, not the school's")
        .extracting(t -> t.path("id").asText()).hasSize(1).doesNotContain(mine.get(0).path("id").asText());
    assertThat(list(Rest.as(port, "admin"), TaskFilterSeeder.MY_ORGANISATION, cycle))
        .as("the administrator may open every filter; with no organisation of its own this one lists nothing").isEmpty();
    assertThat(list(coordinator, TaskFilterSeeder.MY_TASKS, cycle))
        .as("the coordinator may read every task, but only its own are its tasks").isEmpty();
    assertThat(list(school, TaskFilterSeeder.OVERDUE, cycle)).isEmpty();

    engine.advance(Duration.ofDays(60)); // past the submission deadline
    assertThat(list(school, TaskFilterSeeder.OVERDUE, cycle)).hasSize(1);
    assertThat(list(coordinator, TaskFilterSeeder.DECISIONS, cycle)).as("no proposal yet").isEmpty();
  }

  @Test
  void theFiltersOfEarlierVersionsOneForEachGroupAndMunicipalityGoAtStart() {
    Filter old = filterService.newTaskFilter("Skola – Kalix").setOwner(admin.username());
    String id = filterService.saveFilter(old.setQuery(taskService.createTaskQuery())).getId();
    // as if two nodes had started on an empty database at the same moment
    filterService.saveFilter(filterService.newTaskFilter(TaskFilterSeeder.MY_ORGANISATION).setOwner(admin.username())
        .setQuery(taskService.createTaskQuery()));

    seeder.seed();

    assertThat(filterService.getFilter(id)).isNull();
    assertThat(filterService.createFilterQuery().count()).isEqualTo(SHARED_FILTERS);
    assertThat(filterNames("kalix-skola")).containsOnlyOnce(TaskFilterSeeder.MY_ORGANISATION)
        .doesNotContain("Skola – Kalix");
  }

  private List<String> filterNames(String user) {
    List<String> names = new ArrayList<>();
    Rest.as(port, user).get("/engine-rest/filter?resourceType=Task").json().forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private static String filterId(Rest rest, String name) {
    for (JsonNode filter : rest.get("/engine-rest/filter?resourceType=Task").json()) {
      if (filter.path("name").asText().equals(name)) {
        return filter.path("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }

  /** The filter's tasks of this cycle, as Tasklist lists them. */
  private static List<JsonNode> list(Rest rest, String filter, String businessKey) {
    Rest.Response response = rest.post("/engine-rest/filter/" + filterId(rest, filter) + "/list",
        Map.of("processInstanceBusinessKey", businessKey));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    response.json().forEach(tasks::add);
    return tasks;
  }
}

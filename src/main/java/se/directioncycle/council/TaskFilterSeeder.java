package se.directioncycle.council;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's saved filters, owned by the administrator and only readable by the groups they are for, so
 * nobody can change a query (users get no filter permission but READ; ad-hoc expressions are refused by
 * access.RequestBodyCheck). Brought up to date at every start: a changed query here reaches
 * existing installations.
 */
@Component
class TaskFilterSeeder {

  public static final String MY_TASKS = "Mina uppgifter";
  public static final String OVERDUE = "Försenade";
  public static final String DECISION_PREFIX = "Kvartalets inriktningsbeslut – ";
  private static final Logger LOG = LoggerFactory.getLogger(TaskFilterSeeder.class);
  /** Shown on every task card: where and when the task belongs. */
  private static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "municipalityName", "label", "Kommun"), Map.of("name", "periodLabel", "label", "Period"));

  private final MunicipalityRegistry municipalities;
  private final AdminCredentials admin;
  private final FilterService filterService;
  private final TaskService taskService;
  private final Authorizations authorizations;

  TaskFilterSeeder(MunicipalityRegistry municipalities, AdminCredentials admin, FilterService filterService,
      TaskService taskService, Authorizations authorizations) {
    this.municipalities = municipalities;
    this.admin = admin;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20) // after CouncilIdentitySeeder has created the administrator and the groups
  public void seed() {
    // the expressions are evaluated by the engine for the person asking; nobody can edit them
    authorizations.grantEveryone(FILTER, save(MY_TASKS, "Uppgifter tilldelade dig eller dina grupper", -10,
        forMe()), READ);
    authorizations.grantEveryone(FILTER, save(OVERDUE, "Dina och dina gruppers uppgifter som passerat förfallodatum",
        -5, forMe().dueBeforeExpression("${now()}")), READ);
    int count = 2;
    for (Municipality municipality : municipalities.all()) {
      count += seedMunicipality(municipality);
    }
    LOG.info("Brought {} Tasklist filters up to date", count);
  }

  /** The filters of one municipality's groups (retired organisations' included); the number of filters. */
  int seedMunicipality(Municipality municipality) {
    int count = 0;
    for (Organisation organisation : allOrganisations(municipality)) {
      groupFilter(municipality, municipality.group(organisation), organisation.swedishName());
      count++;
    }
    for (Role role : Role.values()) {
      groupFilter(municipality, municipality.group(role), role.swedishName());
      count++;
    }
    String decision = save(DECISION_PREFIX + municipality.name(),
        "Förslag och beslut om inriktning i " + municipality.name() + "s öppna kvartal", 0,
        taskService.createTaskQuery().tenantIdIn(municipality.id())
            .taskDefinitionKeyIn("UserTask_ProposeDirection", "UserTask_DecideDirection")
            .orderByDueDate().asc());
    authorizations.grantGroup(municipality.group(Role.COORDINATOR), FILTER, decision, READ);
    return count + 1;
  }

  /**
   * Deletes the filters named after the municipality as it was, before a rename: filters are found by their name,
   * so the renamed municipality or organisation gets new ones and nobody keeps a filter with the old name.
   */
  void removeFiltersNamedAfter(Municipality before) {
    List<String> names = new java.util.ArrayList<>();
    allOrganisations(before).forEach(o -> names.add(o.swedishName() + " – " + before.name()));
    for (Role role : Role.values()) {
      names.add(role.swedishName() + " – " + before.name());
    }
    names.add(DECISION_PREFIX + before.name());
    for (String name : names) {
      Filter filter = filterService.createFilterQuery().filterName(name).filterOwner(admin.username()).singleResult();
      if (filter != null) {
        filterService.deleteFilter(filter.getId());
      }
    }
  }

  private static List<Organisation> allOrganisations(Municipality municipality) {
    return java.util.stream.Stream.concat(municipality.organisations().stream(),
        municipality.retiredOrganisations().stream()).toList();
  }

  /** "My organisation's tasks": everything offered to the group, claimed by a colleague or not. */
  private void groupFilter(Municipality municipality, String group, String title) {
    String id = save(title + " – " + municipality.name(), "Uppgifter för " + title + " i " + municipality.name(), 10,
        taskService.createTaskQuery().tenantIdIn(municipality.id()).taskCandidateGroup(group).includeAssignedTasks()
            .orderByDueDate().asc());
    authorizations.grantGroup(group, FILTER, id, READ);
  }

  private TaskQuery forMe() {
    return taskService.createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr().orderByDueDate().asc();
  }

  private String save(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).filterOwner(admin.username()).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name).setOwner(admin.username());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", CARD_VARIABLES);
    filter.setQuery(query).setProperties(properties);
    return filterService.saveFilter(filter).getId();
  }
}

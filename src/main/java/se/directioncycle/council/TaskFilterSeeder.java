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
 *
 * <p>The filters are shared by all municipalities (ADR 0023): one for the caller's organisation, one per role and
 * one for the quarter's direction decision. Their queries name no municipality: the functions of
 * {@link TaskFilterFunctions} pick the caller's own groups, and the engine's tenant check keeps everyone to their
 * municipalities' tasks. Each municipality's groups get READ on the filters that are theirs. Filters of earlier
 * versions (one per group and municipality) are deleted at start.
 */
@Component
class TaskFilterSeeder {

  public static final String MY_TASKS = "Mina uppgifter";
  public static final String OVERDUE = "Försenade";
  public static final String MY_ORGANISATION = "Min organisation";
  public static final String DECISIONS = "Kvartalets inriktningsbeslut";
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
    Map<String, String> shared = saveSharedFilters();
    int removed = 0;
    for (Filter filter : filterService.createFilterQuery().filterOwner(admin.username()).list()) {
      if (!shared.containsValue(filter.getId())) {
        filterService.deleteFilter(filter.getId()); // the engine deletes its grants with it
        removed++;
      }
    }
    for (Municipality municipality : municipalities.all()) {
      grant(municipality, shared);
    }
    LOG.info("Brought {} shared Tasklist filters up to date for {} municipalities; removed {} others", shared.size(),
        municipalities.all().size(), removed);
  }

  /** Gives one municipality's groups (retired organisations' included) READ on the shared filters that are theirs. */
  void seedMunicipality(Municipality municipality) {
    grant(municipality, saveSharedFilters());
  }

  private void grant(Municipality municipality, Map<String, String> shared) {
    for (Organisation organisation : allOrganisations(municipality)) {
      authorizations.grantGroup(municipality.group(organisation), FILTER, shared.get(MY_ORGANISATION), READ);
    }
    for (Role role : Role.values()) {
      authorizations.grantGroup(municipality.group(role), FILTER, shared.get(role.swedishName()), READ);
    }
    authorizations.grantGroup(municipality.group(Role.COORDINATOR), FILTER, shared.get(DECISIONS), READ);
  }

  /** Creates or updates the shared filters; their ids by name. */
  private Map<String, String> saveSharedFilters() {
    Map<String, String> ids = new LinkedHashMap<>();
    // the expressions are evaluated by the engine for the person asking; nobody can edit them
    ids.put(MY_TASKS, save(MY_TASKS, "Uppgifter tilldelade dig eller dina grupper", -10, forMe()));
    authorizations.grantEveryone(FILTER, ids.get(MY_TASKS), READ);
    ids.put(OVERDUE, save(OVERDUE, "Dina och dina gruppers uppgifter som passerat förfallodatum", -5,
        forMe().dueBeforeExpression("${now()}")));
    authorizations.grantEveryone(FILTER, ids.get(OVERDUE), READ);
    ids.put(DECISIONS, save(DECISIONS, "Förslag och beslut om inriktning i dina kommuners öppna kvartal", 0,
        taskService.createTaskQuery().taskDefinitionKeyIn("UserTask_ProposeDirection", "UserTask_DecideDirection")
            .orderByDueDate().asc()));
    ids.put(MY_ORGANISATION, save(MY_ORGANISATION,
        "Uppgifter för din organisation, också de som en kollega har tagit", 10,
        groupsTasks("${" + TaskFilterFunctions.ORGANISATION_GROUPS + "()}")));
    for (Role role : Role.values()) {
      ids.put(role.swedishName(), save(role.swedishName(), "Uppgifter för " + role.swedishName(), 10,
          groupsTasks("${" + TaskFilterFunctions.ROLE_GROUPS + "('" + role.code() + "')}")));
    }
    return ids;
  }

  private static List<Organisation> allOrganisations(Municipality municipality) {
    return java.util.stream.Stream.concat(municipality.organisations().stream(),
        municipality.retiredOrganisations().stream()).toList();
  }

  /** Everything offered to the groups, claimed by a colleague or not. */
  private TaskQuery groupsTasks(String groupsExpression) {
    return taskService.createTaskQuery().taskCandidateGroupInExpression(groupsExpression).includeAssignedTasks()
        .orderByDueDate().asc();
  }

  private TaskQuery forMe() {
    return taskService.createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr().orderByDueDate().asc();
  }

  private String save(String name, String description, int priority, TaskQuery query) {
    // one of that name, always the same: had two nodes started on an empty database at once, seed() deletes the other
    Filter filter = filterService.createFilterQuery().filterName(name).filterOwner(admin.username()).orderByFilterId()
        .asc().list().stream().findFirst().orElse(null);
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

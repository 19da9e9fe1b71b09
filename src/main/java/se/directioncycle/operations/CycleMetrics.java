package se.directioncycle.operations;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.PROCESS_KEY;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.mail.PendingMail;

/**
 * Prometheus gauges for operators: open cycles per municipality and phase, open and overdue tasks,
 * incidents, the job backlog and mail not yet sent. Counted with the engine's queries, a count per
 * municipality (not per instance), and the cycles with one query per phase; refreshed on a schedule so a
 * scrape never waits on the database.
 */
@Component
public class CycleMetrics {

  private static final String NO_TENANT = "none";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final CyclePhases phases;
  private final PendingMail pendingMail;
  private final MunicipalityRegistry municipalities;
  private final MultiGauge openCycles;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final MultiGauge incidents;
  private final MultiGauge dueJobs;
  private final MultiGauge failedJobs;
  private final MultiGauge pendingMailGauge;

  CycleMetrics(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      RepositoryService repositoryService, CyclePhases phases, PendingMail pendingMail, MeterRegistry registry,
      MunicipalityRegistry municipalities) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.phases = phases;
    this.pendingMail = pendingMail;
    this.municipalities = municipalities;
    this.openCycles = MultiGauge.builder("directioncycle.cycles.open")
        .description("Open quarterly cycles by municipality and phase").register(registry);
    this.openTasks = MultiGauge.builder("directioncycle.tasks.open")
        .description("Open user tasks by municipality").register(registry);
    this.overdueTasks = MultiGauge.builder("directioncycle.tasks.overdue")
        .description("Open user tasks past their due date by municipality").register(registry);
    this.incidents = MultiGauge.builder("directioncycle.incidents.open")
        .description("Open incidents by municipality").register(registry);
    this.dueJobs = MultiGauge.builder("directioncycle.jobs.due")
        .description("Jobs due for execution and not yet locked (the job executor's backlog)").register(registry);
    this.failedJobs = MultiGauge.builder("directioncycle.jobs.failed")
        .description("Jobs out of retries").register(registry);
    this.pendingMailGauge = MultiGauge.builder("directioncycle.mail.pending")
        .description("E-mails not yet handed to SMTP (waiting or retrying)").register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelayString = "${directioncycle.metrics.refresh-interval:PT30S}",
      initialDelayString = "${directioncycle.metrics.refresh-interval:PT30S}")
  public void refresh() {
    Date now = ClockUtil.getCurrentTime();
    openCycles.register(cyclesByMunicipalityAndPhase(), true);
    openTasks.register(countsByMunicipality(
        tenant -> taskService.createTaskQuery().tenantIdIn(tenant).count(),
        inMunicipalities -> taskService.createTaskQuery().withoutTenantId().count()), true);
    overdueTasks.register(countsByMunicipality(
        tenant -> taskService.createTaskQuery().tenantIdIn(tenant).dueBefore(now).count(),
        inMunicipalities -> taskService.createTaskQuery().withoutTenantId().dueBefore(now).count()), true);
    // the incident query cannot ask for "no tenant": those are what all of them leave over
    incidents.register(countsByMunicipality(
        tenant -> runtimeService.createIncidentQuery().tenantIdIn(tenant).count(),
        inMunicipalities -> runtimeService.createIncidentQuery().count() - inMunicipalities), true);
    // due (executable: retries left, due, instance not suspended), job not suspended, and not locked by an executor
    dueJobs.register(countsByMunicipality(
        tenant -> managementService.createJobQuery().tenantIdIn(tenant).executable().active().count()
            - managementService.createJobQuery().tenantIdIn(tenant).executable().active().acquired().count(),
        inMunicipalities -> managementService.createJobQuery().withoutTenantId().executable().active().count()
            - managementService.createJobQuery().withoutTenantId().executable().active().acquired().count()), true);
    failedJobs.register(countsByMunicipality(
        tenant -> managementService.createJobQuery().tenantIdIn(tenant).noRetriesLeft().count(),
        inMunicipalities -> managementService.createJobQuery().withoutTenantId().noRetriesLeft().count()), true);
    pendingMailGauge.register(mailByMunicipality(), true);
  }

  /** A cycle counts in the latest phase of the activities it waits in; one instance query per phase. */
  private List<MultiGauge.Row<?>> cyclesByMunicipalityAndPhase() {
    Map<CyclePhase, Set<String>> activitiesByPhase = new EnumMap<>(CyclePhase.class);
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).list()) {
      phases.of(definition.getId()).forEach((element, phase) -> {
        Set<String> activities = activitiesByPhase.computeIfAbsent(phase, p -> new HashSet<>());
        activities.add(element);
        activities.add(element + "#multiInstanceBody");
      });
    }
    Map<String, CyclePhase> phaseByInstance = new HashMap<>();
    Map<String, String> municipalityByInstance = new HashMap<>();
    activitiesByPhase.forEach((phase, activities) -> {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .activityIdIn(activities.toArray(String[]::new)).list()) {
        phaseByInstance.merge(instance.getId(), phase, CyclePhase::latest);
        municipalityByInstance.put(instance.getId(), municipality(instance.getTenantId()));
      }
    });
    // every configured municipality and phase is reported, with 0 when there is nothing
    Map<Tags, Long> counts = new HashMap<>();
    for (Municipality municipality : municipalities.all()) {
      for (CyclePhase phase : CyclePhase.values()) {
        counts.put(Tags.of("municipality", municipality.id(), "phase", phase.label()), 0L);
      }
    }
    phaseByInstance.forEach((instance, phase) -> counts.merge(
        Tags.of("municipality", municipalityByInstance.get(instance), "phase", phase.label()), 1L, Long::sum));
    return rows(counts);
  }

  /**
   * Every configured municipality (0 when there is nothing), and "none" for what has no tenant, if any; the
   * count without a tenant is given the sum over the municipalities, for a query that can only count them all.
   */
  private List<MultiGauge.Row<?>> countsByMunicipality(ToLongFunction<String> inTenant,
      LongUnaryOperator withoutTenant) {
    Map<Tags, Long> counts = new HashMap<>();
    long inMunicipalities = 0;
    for (Municipality municipality : municipalities.all()) {
      long count = inTenant.applyAsLong(municipality.id());
      counts.put(Tags.of("municipality", municipality.id()), count);
      inMunicipalities += count;
    }
    long none = withoutTenant.applyAsLong(inMunicipalities);
    if (none > 0) {
      counts.put(Tags.of("municipality", NO_TENANT), none);
    }
    return rows(counts);
  }

  private List<MultiGauge.Row<?>> mailByMunicipality() {
    Map<Tags, Long> counts = new HashMap<>();
    municipalities.all().forEach(m -> counts.put(Tags.of("municipality", m.id()), 0L));
    pendingMail.byMunicipality().forEach((municipality, count) ->
        counts.merge(Tags.of("municipality", municipality(municipality)), count, Long::sum));
    return rows(counts);
  }

  private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, Math.max(0, count))));
    return rows;
  }

  private static String municipality(String tenantId) {
    return tenantId == null ? NO_TENANT : tenantId;
  }
}

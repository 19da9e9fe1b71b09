package se.directioncycle.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;

/**
 * Prometheus gauges for operators: open cycles per municipality and phase, open and overdue tasks,
 * incidents, and the job backlog. Read straight from Camunda's runtime tables in a few grouped
 * queries (not per instance), refreshed on a schedule so a scrape never waits on the database.
 */
@Component
public class CycleMetrics {

  private static final String CYCLE_ACTIVITIES = """
      select e.PROC_INST_ID_, e.TENANT_ID_, e.ACT_ID_ from ACT_RU_EXECUTION e
      join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
      where d.KEY_ = 'QuarterlyDirectionCycle' and e.ACT_ID_ is not null""";

  private final JdbcTemplate jdbc;
  private final MunicipalityRegistry municipalities;
  private final MultiGauge openCycles;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final MultiGauge incidents;
  private final MultiGauge dueJobs;
  private final MultiGauge failedJobs;
  private final MultiGauge pendingMail;

  CycleMetrics(JdbcTemplate jdbc, MeterRegistry registry, MunicipalityRegistry municipalities) {
    this.jdbc = jdbc;
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
    this.pendingMail = MultiGauge.builder("directioncycle.mail.pending")
        .description("E-mails not yet handed to SMTP (waiting or retrying)").register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelayString = "${directioncycle.metrics.refresh-interval:PT30S}",
      initialDelayString = "${directioncycle.metrics.refresh-interval:PT30S}")
  public void refresh() {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    openCycles.register(cyclesByMunicipalityAndPhase(), true);
    openTasks.register(countsByTenant("select TENANT_ID_, count(*) from ACT_RU_TASK group by TENANT_ID_"), true);
    overdueTasks.register(countsByTenant(
        "select TENANT_ID_, count(*) from ACT_RU_TASK where DUE_DATE_ < ? group by TENANT_ID_", now), true);
    incidents.register(countsByTenant(
        "select TENANT_ID_, count(*) from ACT_RU_INCIDENT group by TENANT_ID_"), true);
    dueJobs.register(countsByTenant("""
        select TENANT_ID_, count(*) from ACT_RU_JOB
        where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and LOCK_OWNER_ is null and (DUEDATE_ is null or DUEDATE_ <= ?)
        group by TENANT_ID_""", now), true);
    failedJobs.register(countsByTenant(
        "select TENANT_ID_, count(*) from ACT_RU_JOB where RETRIES_ = 0 group by TENANT_ID_"), true);
    pendingMail.register(countsByTenant("""
        select n.municipality, count(*) from mail_delivery d join notification n on n.id = d.notification_id
        where d.status = 'PENDING' group by n.municipality"""), true);
  }

  private List<MultiGauge.Row<?>> cyclesByMunicipalityAndPhase() {
    Map<String, Set<String>> activitiesByInstance = new HashMap<>();
    Map<String, String> tenantByInstance = new HashMap<>();
    jdbc.query(CYCLE_ACTIVITIES, row -> {
      String instance = row.getString(1);
      tenantByInstance.put(instance, municipality(row.getString(2)));
      // a multi-instance body is reported as "<activity>#multiInstanceBody"
      activitiesByInstance.computeIfAbsent(instance, i -> new HashSet<>()).add(row.getString(3).split("#")[0]);
    });
    // every configured municipality and phase is reported, with 0 when there is nothing
    Map<Tags, Long> counts = new HashMap<>();
    for (Municipality municipality : municipalities.all()) {
      for (CyclePhase phase : CyclePhase.values()) {
        counts.put(Tags.of("municipality", municipality.id(), "phase", phase.label()), 0L);
      }
    }
    activitiesByInstance.forEach((instance, activities) -> CyclePhase.of(activities).ifPresent(phase ->
        counts.merge(Tags.of("municipality", tenantByInstance.get(instance), "phase", phase.label()), 1L, Long::sum)));
    return rows(counts);
  }

  private List<MultiGauge.Row<?>> countsByTenant(String sql, Object... arguments) {
    Map<Tags, Long> counts = new HashMap<>();
    municipalities.all().forEach(m -> counts.put(Tags.of("municipality", m.id()), 0L));
    jdbc.query(sql, row -> {
      counts.merge(Tags.of("municipality", municipality(row.getString(1))), row.getLong(2), Long::sum);
    }, arguments);
    return rows(counts);
  }

  private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
    return rows;
  }

  private static String municipality(String tenantId) {
    return tenantId == null ? "none" : tenantId;
  }
}

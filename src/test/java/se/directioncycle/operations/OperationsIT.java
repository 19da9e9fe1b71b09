package se.directioncycle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.SUBMIT;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.HistoryCleanup;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;

/** Health, metrics and history cleanup as an operator sees them. */
@IntegrationTest
class OperationsIT {

  @LocalServerPort
  int port;
  @Autowired
  CycleMetrics metrics;
  @Autowired
  MeterRegistry registry;
  @Autowired
  EngineDriver engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  HistoryCleanup cleanup;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void healthAndMetricsNeedAnOperatorLogin() {
    for (String path : new String[] {"/actuator/health", "/actuator/prometheus"}) {
      assertThat(Rest.anonymous(port).get(path).status()).as(path).isEqualTo(401);
      Rest.Response member = Rest.as(port, "alvkarleby-samordnare").get(path);
      assertThat(member.status()).as(path).isEqualTo(403);
      assertThat(member.message()).contains("administratörer och driftgruppen");
    }
    Rest.Response health = Rest.as(port, "admin").get("/actuator/health");
    assertThat(health.status()).as(health.body()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.json().path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.json().path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
    assertThat(health.json().path("components").has("mail")).as("no SMTP server is running here; mail waits").isFalse();
  }

  @Test
  void metricsCountOpenCyclesByPhaseAndOverdueTasks() {
    Instant opened = Instant.parse("2092-01-10T08:00:00Z");
    Instant afterDeadline = opened.plus(Duration.ofDays(20));
    engine.setClock(Date.from(afterDeadline));
    metrics.refresh();
    double cyclesBefore = gauge("directioncycle.cycles.open", "kalix", "lagesbild");
    double tasksBefore = gauge("directioncycle.tasks.open", "kalix", null);
    double overdueBefore = gauge("directioncycle.tasks.overdue", "kalix", null);

    engine.setClock(Date.from(opened));
    String cycle = new QuarterScenario(port, "kalix").open(2092, 2);
    engine.runDueJobs(cycle);
    metrics.refresh();
    assertThat(gauge("directioncycle.cycles.open", "kalix", "lagesbild")).isEqualTo(cyclesBefore + 1);
    assertThat(gauge("directioncycle.tasks.open", "kalix", null)).as("one submission task per organisation")
        .isEqualTo(tasksBefore + 5);

    // jobs are not run, so the submission tasks are still open after their deadline
    engine.setClock(Date.from(afterDeadline));
    metrics.refresh();
    assertThat(gauge("directioncycle.tasks.overdue", "kalix", null)).isEqualTo(overdueBefore + 5);

    String scrape = Rest.as(port, "admin").getText("/actuator/prometheus").body();
    assertThat(scrape).contains("directioncycle_cycles_open{municipality=\"kalix\",phase=\"lagesbild\"}",
        "directioncycle_tasks_overdue{municipality=\"kalix\"}", "directioncycle_jobs_due", "directioncycle_incidents_open",
        "directioncycle_mail_pending{municipality=\"kalix\"}");
    assertThat(Rest.as(port, "kalix-skola").get("/engine-rest/task?processInstanceBusinessKey=" + cycle).json())
        .extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly(SUBMIT);
  }

  @Test
  void historyPastItsTimeToLiveIsRemovedWithItsOperationLog() {
    engine.setClock(Date.from(Instant.parse("2093-01-10T08:00:00Z")));
    String cycle = new QuarterScenario(port, "alvkarleby").open(2093, 2);
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycle)
        .singleResult().getId();
    cleanup.endAsAdministrator(instanceId, "alvkarleby");
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    assertThat(ended.getRemovalTime()).as("no removal time written when the instance ended (ADR 0027)").isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list())
        .extracting(HistoricActivityInstance::getRemovalTime).containsOnlyNulls();
    assertThat(cleanup.operationLogOf(instanceId)).as("the variable and the deletion").isGreaterThanOrEqualTo(2);

    engine.setClock(Date.from(ended.getEndTime().toInstant().plus(399, ChronoUnit.DAYS)));
    cleanup.run();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count())
        .as("kept until its time-to-live (P400D after its end) has passed").isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count()).isPositive();
    assertThat(cleanup.operationLogOf(instanceId)).isGreaterThanOrEqualTo(2);

    engine.setClock(Date.from(ended.getEndTime().toInstant().plus(401, ChronoUnit.DAYS)));
    cleanup.run();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(cleanup.operationLogOf(instanceId)).as("who worked on it goes with the rest").isZero();
  }

  private double gauge(String name, String municipality, String phase) {
    var search = registry.find(name).tag("municipality", municipality);
    if (phase != null) {
      search = search.tag("phase", phase);
    }
    Gauge gauge = search.gauge();
    return gauge == null ? 0 : gauge.value();
  }
}

package se.directioncycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;

/** Opening cycles: by hand (REST, Tasklist start form), on schedule, and never twice. */
@IntegrationTest
class CycleStartIT {

  @LocalServerPort
  int port;
  @Autowired
  CycleRepository cycles;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CycleOpeningScheduler scheduler;
  @Autowired
  EngineDriver engine;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void aSecondStartForTheSameQuarterIsRefusedWithAClearMessage() {
    Rest coordinator = Rest.as(port, "alvkarleby-samordnare");
    assertThat(coordinator.post("/api/cycles", Map.of("year", 2061, "quarter", 1)).status()).isEqualTo(201);
    Rest.Response again = coordinator.post("/api/cycles", Map.of("year", 2061, "quarter", 1));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).isEqualTo(
        "Det finns redan en kvartalscykel för Älvkarleby 2061 kvartal 1. En kommun kan bara ha en cykel per kvartal.");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("alvkarleby-2061-Q1").count())
        .isEqualTo(1);
  }

  @Test
  void tenStartsAtTheSameMomentOpenExactlyOneCycle() throws Exception {
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch ready = new CountDownLatch(10);
    List<Future<Rest.Response>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Callable<Rest.Response> start = () -> {
        ready.countDown();
        ready.await();
        return coordinator.post("/api/cycles", Map.of("year", 2061, "quarter", 2));
      };
      results.add(pool.submit(start));
    }
    List<Rest.Response> responses = new ArrayList<>();
    for (Future<Rest.Response> result : results) {
      responses.add(result.get());
    }
    pool.shutdown();
    assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != 201).hasSize(9).allSatisfy(r -> {
      assertThat(r.status()).isIn(400, 409);
      assertThat(r.message()).contains("Kalix 2061 kvartal 2");
    });
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("kalix-2061-Q2").count())
        .isEqualTo(1);
    assertThat(cycles.findByMunicipalityAndYearAndQuarter("kalix", 2061, 2)).isPresent();
  }

  @Test
  void theTasklistStartFormOpensACycleAndRefusesBadInputAndDuplicates() {
    Rest coordinator = Rest.as(port, "alvkarleby-samordnare");
    String path = "/engine-rest/process-definition/key/QuarterlyDirectionCycle/submit-form";
    Rest.Response started = coordinator.post(path, Map.of("variables", Map.of(
        "year", Map.of("value", 2061, "type", "Long"), "quarter", Map.of("value", 3, "type", "Long"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().path("businessKey").asText()).isEqualTo("alvkarleby-2061-Q3");

    Rest.Response duplicate = coordinator.post(path, Map.of("variables", Map.of(
        "year", Map.of("value", 2061, "type", "Long"), "quarter", Map.of("value", 3, "type", "Long"))));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.message()).contains("Det finns redan en kvartalscykel för Älvkarleby 2061 kvartal 3");

    Rest.Response bad = coordinator.post(path, Map.of("variables", Map.of(
        "year", Map.of("value", "tjugo", "type", "String"), "quarter", Map.of("value", 7, "type", "Long"))));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).contains("«År» måste vara ett heltal", "«Kvartal» måste vara mellan 1 och 4");
  }

  @Test
  void badStartRequestsGetSwedishMessages() {
    Rest coordinator = Rest.as(port, "alvkarleby-samordnare");
    Rest.Response missing = coordinator.post("/api/cycles", Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.message()).contains("«År» måste fyllas i", "«Kvartal» måste fyllas i");
    Rest.Response malformed = coordinator.post("/api/cycles", "{\"year\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.message()).contains("Begäran kunde inte läsas");
    Rest.Response hostile = coordinator.post("/api/cycles", Map.of("year", "x".repeat(100_000), "quarter", -1));
    assertThat(hostile.status()).isEqualTo(400);
    assertThat(hostile.message()).contains("«År» måste vara ett heltal");
  }

  @Test
  void theScheduleOpensTheNextQuarterForEveryEnabledMunicipalityOnce() {
    engine.setClock(Date.from(LocalDateTime.of(2070, 11, 25, 6, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    assertThat(scheduler.openDueCycles()).containsExactlyInAnyOrder("alvkarleby-2071-Q1", "kalix-2071-Q1");
    assertThat(scheduler.openDueCycles()).isEmpty();

    engine.setClock(Date.from(LocalDateTime.of(2071, 1, 10, 6, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    assertThat(scheduler.openDueCycles()).as("Q2 is more than the lead time away").isEmpty();
  }

  @Test
  void theDemoStartsWithACycleForEveryMunicipalityWhateverTheDate() {
    // At startup the schedule opens the next quarter when it is near; otherwise the demo opens the current one.
    assertThat(cycles.existsByMunicipality("alvkarleby")).isTrue();
    assertThat(cycles.existsByMunicipality("kalix")).isTrue();
    assertThat(scheduler.openCurrentQuarterWhereNoCycleExists()).as("never a second demo cycle").isEmpty();
  }
}

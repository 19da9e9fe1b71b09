package se.directioncycle.situationreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.directioncycle.support.QuarterScenario.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.notification.Notifications;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/** Member submissions through Tasklist's REST API: bad input, personal data, isolation, simultaneity. */
@IntegrationTest
class SituationInputIT {

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  TaskService taskService;
  @Autowired
  SubmissionRepository submissions;
  @Autowired
  CycleService cycles;
  @Autowired
  org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired
  Notifications notifications;

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingSavedIsLost() {
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    String cycle = alvkarleby.open(2081, 1);
    engine.runDueJobs(cycle);
    alvkarleby.submitSituationInput(cycle, "fritid", List.of(observation("KLOTTER", "Skutskär", 2, "Klotter i tunneln")));

    Tasklist school = alvkarleby.as("skola");
    String taskId = school.task(cycle, SUBMIT);
    assertThat(school.formVariables(taskId).has("situationContext")).isTrue();
    assertThat(school.formVariables(taskId).has("situationInput")).as("the input starts empty, none stored").isFalse();
    String valid = situationInput(school, taskId, 3, List.of(observation("KLOTTER", "Skutskär", 2, "Klotter")));
    Map<String, String> bad = Map.of(
        "missing value", valid.replaceFirst("\"value\":3", "\"value\":null"),
        "wrong type", valid.replaceFirst("\"value\":3", "\"value\":\"tre\""),
        "out of range", valid.replace("\"severity\":2", "\"severity\":7"),
        "oversized", valid.replace("\"description\":\"Klotter\"", "\"description\":\"" + "k".repeat(600) + "\""),
        "personnummer", valid.replace("\"description\":\"Klotter\"", "\"description\":\"Eleven 20100101-1234 klottrar\""),
        "e-mail", valid.replace("\"description\":\"Klotter\"", "\"description\":\"Kontakta a.b@skola.se\""),
        "registration", valid.replace("\"description\":\"Klotter\"", "\"description\":\"Mopeden ABC 123 igen\""),
        "not json", "{{{");
    Map<String, String> expected = Map.of(
        "missing value", "«Indikator 1 – Hot- och våldsincidenter i skolan» måste fyllas i.",
        "wrong type", "«Indikator 1 – Hot- och våldsincidenter i skolan» måste vara ett heltal.",
        "out of range", "«Observation 1 – Allvarlighet» måste vara mellan 1 och 3.",
        "oversized", "«Observation 1 – Beskrivning» får vara högst 500 tecken",
        "personnummer", "«Observation 1 – Beskrivning» innehåller något som liknar ett personnummer",
        "e-mail", "«Observation 1 – Beskrivning» innehåller något som liknar en e-postadress",
        "registration", "«Observation 1 – Beskrivning» innehåller något som liknar ett registreringsnummer",
        "not json", "«situationInput» har fel format (ogiltig JSON)");
    bad.forEach((kind, json) -> {
      Rest.Response response = school.submit(taskId, Map.of("situationInput", new Tasklist.Json(json)));
      assertThat(response.status()).as(kind + ": " + response.body()).isEqualTo(400);
      assertThat(response.message()).as(kind + ": the Swedish message alone").startsWith(expected.get(kind));
    });
    Rest.Response wrongVariableType = school.submit(taskId, Map.of("situationInput", 42L));
    assertThat(wrongVariableType.status()).isEqualTo(400);
    assertThat(wrongVariableType.message()).contains("«Underlag till lägesbild» har fel format");
    Rest.Response huge = school.submit(taskId, Map.of("situationInput", new Tasklist.Json("\"" + "x".repeat(2_100_000) + "\"")));
    assertThat(huge.status()).isEqualTo(413);

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task stays open").isEqualTo(1);
    assertThat(taskService.getVariablesLocal(taskId)).as("a refused submission is not kept")
        .doesNotContainKey("situationInput");
    // an input that reaches the task by a plain completion is not the form's submission
    assertThatThrownBy(() -> taskService.complete(taskId,
        Map.of("situationInput", SpinValues.jsonValue(valid).create())))
        .hasMessageContaining("Underlag till lägesbild");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    long cycleId = cycleId("alvkarleby", cycle);
    assertThat(submissions.findByCycleIdAndOrganisation(cycleId, "school")).isEmpty();
    transactions.executeWithoutResult(tx -> assertThat(submissions.findByCycleIdAndOrganisation(cycleId, "leisure"))
        .get().satisfies(s -> assertThat(s.getObservations()).hasSize(1)));

    school.complete(taskId, Map.of("situationInput", new Tasklist.Json(valid)));
    assertThat(submissions.findByCycleIdAndOrganisation(cycleId, "school")).isPresent();
  }

  @Test
  void reminderBeforeTheDeadlineAndMissingSubmissionsRecordedAtTheDeadline() {
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    try {
      String cycle = kalix.open(2081, 4);
      engine.runDueJobs(cycle);
      kalix.submitSituationInput(cycle, "skola", List.of(observation("KLOTTER", "Nyborg", 2, "Klotter vid skolan")));
      kalix.submitSituationInput(cycle, "kommunpolis", List.of());

      engine.advance(java.time.Duration.ofDays(11).plusHours(1));
      engine.runDueJobs(cycle);
      assertThat(notifications.recorded("kalix", "submission-reminder"))
          .filteredOn(n -> n.getSubject().contains("2081 kvartal 4"))
          .extracting(n -> n.getRecipientGroup())
          .containsExactlyInAnyOrder("kalix-leisure", "kalix-social-services", "kalix-housing");
      assertThat(kalix.as("fritid").tasks(cycle, SUBMIT)).as("reminder does not close collection").singleElement()
          .satisfies(task -> assertThat(task.path("due").asText()).as("deadline shown as the task's due date")
              .isNotBlank().isNotEqualTo("null"));

      engine.advance(java.time.Duration.ofDays(3));
      engine.runDueJobs(cycle);
      assertThat(kalix.as("fritid").tasks(cycle, SUBMIT)).as("collection closed at the deadline").isEmpty();
      long cycleId = cycleId("kalix", cycle);
      assertThat(submissions.findByCycleId(cycleId)).filteredOn(s -> s.getStatus() == SubmissionStatus.MISSING)
          .extracting(Submission::getOrganisation)
          .containsExactlyInAnyOrder("leisure", "social-services", "housing");
      Tasklist coordinator = kalix.as("samordnare");
      assertThat(coordinator.formVariables(coordinator.task(cycle, REVIEW)).path("situationSummary").path("value")
          .asText()).contains("Inkomna underlag: 2 av 5", "Saknas: Fritid, Individ- och familjeomsorg, Bostadsbolag");
    } finally {
      engine.resetClock();
    }
  }

  @Test
  void oneMembersEntriesNeverShowInAnotherMembersForm() {
    MemberTask opened = situationInputOfANewCycle("kalix", 2081, 2, "kommunpolis");
    String cycle = opened.cycle();
    Tasklist police = opened.member();
    String policeTask = opened.taskId();
    String draft = situationInput(police, policeTask, 9, List.of(observation("OVRIGT", "Töre", 1, "HEMLIGT från polisen")));
    Rest.Response refused = police.submit(policeTask,
        Map.of("situationInput", new Tasklist.Json(draft.replace("\"severity\":1", "\"severity\":0"))));
    assertThat(refused.status()).isEqualTo(400);
    police.complete(policeTask, Map.of("situationInput", new Tasklist.Json(draft)));

    Tasklist school = new QuarterScenario(port, "kalix").as("skola");
    JsonNode schoolForm = school.formVariables(school.task(cycle, SUBMIT));
    assertThat(schoolForm.toString()).doesNotContain("HEMLIGT").doesNotContain("police-reported-violence");
    assertThat(jsonVariable(schoolForm, "situationContext").path("organisation").asText()).isEqualTo("school");
  }

  @Test
  void aTaskOpenSinceBeforeTheInputStartedEmptyIsStillSubmitted() {
    MemberTask opened = situationInputOfANewCycle("kalix", 2082, 1, "skola");
    Tasklist school = opened.member();
    String taskId = opened.taskId();
    // the version before stored the empty input on the task when it was created (the engine refuses to make a
    // stored variable transient, so the form takes its submission as that variable, as it did then)
    taskService.setVariableLocal(taskId, "situationInput", SpinValues.jsonValue(
        "{\"nothingToReport\": false, \"indicators\": [], \"observations\": []}").create());

    school.complete(taskId, Map.of("situationInput", new Tasklist.Json(situationInput(school, taskId, 4,
        List.of(observation("KLOTTER", "Nyborg", 1, "Klotter vid skolan"))))));

    assertThat(submissions.findByCycleIdAndOrganisation(cycleId("kalix", opened.cycle()), "school")).get()
        .satisfies(s -> assertThat(s.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED));
  }

  @Test
  void allMembersSubmittingAtTheSameMomentSeeNoError() throws Exception {
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    String cycle = alvkarleby.open(2081, 3);
    engine.runDueJobs(cycle);
    List<String> members = List.of("skola", "fritid", "ifo", "kommunpolis", "raddningstjanst", "bostad", "sakerhet");
    Map<String, String[]> prepared = new java.util.HashMap<>();
    for (String member : members) {
      Tasklist tasklist = alvkarleby.as(member);
      String taskId = tasklist.task(cycle, SUBMIT);
      prepared.put(member, new String[] {taskId, situationInput(tasklist, taskId, 2,
          List.of(observation("NEDSKRAPNING", "Älvkarleby", 1, "Skräp vid stationen")))});
    }
    ExecutorService pool = Executors.newFixedThreadPool(members.size());
    CountDownLatch ready = new CountDownLatch(members.size());
    List<Future<Rest.Response>> results = new ArrayList<>();
    for (String member : members) {
      results.add(pool.submit(() -> {
        ready.countDown();
        ready.await();
        String[] task = prepared.get(member);
        return alvkarleby.as(member).submit(task[0], Map.of("situationInput", new Tasklist.Json(task[1])));
      }));
    }
    for (Future<Rest.Response> result : results) {
      Rest.Response response = result.get();
      assertThat(response.status()).as(response.body()).isEqualTo(204);
    }
    pool.shutdown();
    engine.runDueJobs(cycle);
    long cycleId = cycleId("alvkarleby", cycle);
    assertThat(submissions.findByCycleId(cycleId)).hasSize(7)
        .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED));
    assertThat(alvkarleby.as("samordnare").tasks(cycle, REVIEW)).hasSize(1);
  }

  /** A member's open situation input in a new cycle of the municipality, the cycle's due jobs run. */
  private MemberTask situationInputOfANewCycle(String municipality, int year, int quarter, String role) {
    QuarterScenario council = new QuarterScenario(port, municipality);
    String cycle = council.open(year, quarter);
    engine.runDueJobs(cycle);
    Tasklist member = council.as(role);
    return new MemberTask(cycle, member, member.task(cycle, SUBMIT));
  }

  private record MemberTask(String cycle, Tasklist member, String taskId) {}

  private long cycleId(String municipality, String businessKey) {
    return cycles.ofMunicipalities(List.of(municipality)).stream().filter(c -> c.getBusinessKey().equals(businessKey))
        .findFirst().orElseThrow().getId();
  }
}

package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A task that ends in a later command than the one that created it: its activity and task rows get their end and
 * duration without the start time being read back, on the node that wrote it; another node reads it as before.
 */
class StartTimesRememberedTest {

  private static final Instant CREATED = Instant.parse("2031-03-02T08:00:00Z");
  private static final Duration WORKED = Duration.ofMinutes(5);

  @AutoClose
  private final CountingEngine engine = new CountingEngine("start-times", "ACT_HI_",
      Bpmn.createExecutableProcess("work").startEvent().userTask("report").userTask("next").endEvent().done(),
      new LeanHistory(false, false));

  @BeforeEach
  void setClock() {
    ClockUtil.setCurrentTime(Date.from(CREATED));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theNodeThatStartedATaskEndsItWithoutReadingItsStartTime() {
    String instance = engine.engine().getRuntimeService().startProcessInstanceByKey("work").getId();
    ClockUtil.setCurrentTime(Date.from(CREATED.plus(WORKED)));

    engine.reads();
    completeReport(engine, instance);

    assertThat(engine.reads()).as("reads of the history tables while the task ended").isZero();
    assertEndedAfterWork(engine.engine().getHistoryService(), instance);
  }

  @Test
  void anotherNodeReadsTheStartTimeAndWritesTheSameRow() {
    String instance = engine.engine().getRuntimeService().startProcessInstanceByKey("work").getId();
    ClockUtil.setCurrentTime(Date.from(CREATED.plus(WORKED)));

    try (CountingEngine other = engine.anotherNode(new LeanHistory(false, false))) {
      other.reads();
      completeReport(other, instance);
      assertThat(other.reads()).as("the activity's and the task's start times read back").isEqualTo(2);
    }
    assertEndedAfterWork(engine.engine().getHistoryService(), instance);
  }

  private static void completeReport(CountingEngine node, String instance) {
    var tasks = node.engine().getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("report").singleResult()
        .getId());
  }

  private static void assertEndedAfterWork(HistoryService history, String instance) {
    HistoricActivityInstance activity = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("report").singleResult();
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey("report").singleResult();
    assertThat(activity.getStartTime()).isEqualTo(Date.from(CREATED));
    assertThat(activity.getEndTime()).isEqualTo(Date.from(CREATED.plus(WORKED)));
    assertThat(activity.getDurationInMillis()).isEqualTo(WORKED.toMillis());
    assertThat(task.getStartTime()).isEqualTo(Date.from(CREATED));
    assertThat(task.getDurationInMillis()).isEqualTo(WORKED.toMillis());
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("next")
        .unfinished().count()).isOne();
  }
}

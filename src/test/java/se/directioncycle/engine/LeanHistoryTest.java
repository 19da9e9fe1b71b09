package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.junit.jupiter.api.Test;

/** What the history filter writes: everything but variable details and the job log's creations and deletions. */
class LeanHistoryTest {

  private final List<HistoryEvent> written = new ArrayList<>();
  private final HistoryEventHandler database = new HistoryEventHandler() {
    @Override
    public void handleEvent(HistoryEvent event) {
      written.add(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      written.addAll(events);
    }
  };

  @Test
  void dropsVariableDetailsAndTheJobLogsCreationsAndDeletions() {
    HistoryEvent activity = new HistoricActivityInstanceEventEntity();
    HistoryEvent decision = new HistoricDecisionInstanceEntity();
    HistoryEvent success = jobLog(JobState.SUCCESSFUL);
    HistoryEvent failure = jobLog(JobState.FAILED);

    new LeanHistory.Filtered(database, false, false).handleEvents(List.of(activity, decision,
        new HistoricVariableUpdateEventEntity(), jobLog(JobState.CREATED), success, jobLog(JobState.DELETED),
        failure));

    assertThat(written).containsExactly(activity, decision, success, failure);
  }

  @Test
  void writesEverythingWhenBothAreAskedFor() {
    List<HistoryEvent> events = List.of(new HistoricVariableUpdateEventEntity(), jobLog(JobState.CREATED),
        jobLog(JobState.SUCCESSFUL), new HistoricActivityInstanceEventEntity());

    new LeanHistory.Filtered(database, true, true).handleEvents(events);

    assertThat(written).containsExactlyElementsOf(events);
  }

  private static HistoryEvent jobLog(JobState state) {
    HistoricJobLogEventEntity entry = new HistoricJobLogEventEntity();
    entry.setState(state.getStateCode());
    return entry;
  }
}

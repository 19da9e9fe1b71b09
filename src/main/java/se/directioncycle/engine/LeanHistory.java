package se.directioncycle.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.history.JobState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History as the product needs it: the engine's full history (process, activity and task instances, each variable's
 * latest value, the user operation log, incidents, each job's success or failure with the node that ran it, decisions
 * with their inputs and outputs), without two kinds of rows that no screen of the Community Edition shows (ADR 0019):
 * <ul>
 *   <li>the variable-update details (`ACT_HI_DETAIL`, with a byte array for every JSON value): one row per change of
 *   every variable, repeating what the feature tables keep with who and when (submissions, approvals, decisions,
 *   status reports); `directioncycle.history.variable-details: true` writes them again;</li>
 *   <li>the job log's entries for a job's creation and deletion (`ACT_HI_JOB_LOG`), two of the three or four rows of
 *   each of a cycle's forty jobs: what a job did is still logged, its success with the node that ran it and each
 *   failure with its exception; `directioncycle.history.job-log: true` writes them all again.</li>
 * </ul>
 * The history level stays `full`, so a database keeps the level it was created with. The rows are written by the
 * engine's database handler, which here remembers the start times it wrote ({@link StartTimesRemembered}).
 */
@Component
class LeanHistory extends AbstractProcessEnginePlugin {

  private final boolean variableDetails;
  private final boolean jobLog;

  LeanHistory(@Value("${directioncycle.history.variable-details:false}") boolean variableDetails,
      @Value("${directioncycle.history.job-log:false}") boolean jobLog) {
    this.variableDetails = variableDetails;
    this.jobLog = jobLog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine's database handler, behind a filter, instead of the default one
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new java.util.ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new Filtered(new StartTimesRemembered(), variableDetails, jobLog));
    configuration.setCustomHistoryEventHandlers(handlers); // the engine adds to this list later
  }

  /** Passes every history event on except those the product does not keep. */
  record Filtered(HistoryEventHandler database, boolean variableDetails, boolean jobLog)
      implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (kept(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private boolean kept(HistoryEvent event) {
      if (event instanceof HistoricDetailEventEntity) {
        return variableDetails;
      }
      if (event instanceof HistoricJobLogEvent entry) {
        return jobLog || entry.getState() == JobState.SUCCESSFUL.getStateCode()
            || entry.getState() == JobState.FAILED.getStateCode();
      }
      return true;
    }
  }
}

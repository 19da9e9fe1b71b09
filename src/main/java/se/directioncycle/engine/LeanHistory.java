package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History as the product needs it: the engine's full history (process, activity and task instances, the user operation
 * log, incidents, each job's success or failure with the node that ran it, decisions with their inputs and outputs),
 * without two kinds of events that no screen of the Community Edition shows (ADR 0019):
 * <ul>
 *   <li>variables (`ACT_HI_VARINST`, and the update details of `ACT_HI_DETAIL`, with a byte array for every JSON
 *   value): every value the forms and delegates set, repeating what the feature tables keep with who and when
 *   (submissions, approvals, decisions, status reports); `directioncycle.history.variable-details: true` writes both
 *   again;</li>
 *   <li>the job log's entries for a job's creation and deletion (`ACT_HI_JOB_LOG`), two of the three or four rows of
 *   each of a cycle's forty jobs: what a job did is still logged, its success with the node that ran it and each
 *   failure with its exception; `directioncycle.history.job-log: true` writes them all again.</li>
 * </ul>
 * The engine does not even produce these events ({@link Level}), so it reads nothing to fill them in (a job's
 * definition for a deleted timer). The history level keeps the name and number of `full`, so a database keeps the
 * level it was created with. The rows are written by the engine's database handler, which here remembers the start
 * times it wrote ({@link StartTimesRemembered}).
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
    // the engine takes the last level named as configured ("full"), so this one stands in for its own
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(new Level(variableDetails, jobLog));
    configuration.setCustomHistoryLevels(levels);
    // the engine's database handler, remembering start times, instead of the default one
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new StartTimesRemembered());
    configuration.setCustomHistoryEventHandlers(handlers); // the engine adds to this list later
  }

  /** The level `full` (id 3), producing every history event except those the product does not keep. */
  static final class Level extends HistoryLevelFull {

    private static final Set<HistoryEventType> VARIABLES = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
        HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
        HistoryEventTypes.FORM_PROPERTY_UPDATE);
    private static final Set<HistoryEventType> JOB_CREATION_AND_DELETION = Set.of(HistoryEventTypes.JOB_CREATE,
        HistoryEventTypes.JOB_DELETE);

    private final boolean variables;
    private final boolean jobCreationAndDeletion;

    Level(boolean variables, boolean jobCreationAndDeletion) {
      this.variables = variables;
      this.jobCreationAndDeletion = jobCreationAndDeletion;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (VARIABLES.contains(eventType)) {
        return variables;
      }
      if (JOB_CREATION_AND_DELETION.contains(eventType)) {
        return jobCreationAndDeletion;
      }
      return true;
    }
  }
}

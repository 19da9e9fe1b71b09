package se.directioncycle.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History as the product needs it: the engine's full history (process, activity and task instances, each variable's
 * latest value, the user operation log, incidents, jobs, decisions with their inputs and outputs), but not the
 * variable-update details (`ACT_HI_DETAIL`, with a byte array for every JSON value): one row per change of every
 * variable, which no screen of the Community Edition shows and which repeats what the feature tables keep with who
 * and when (submissions, approvals, decisions, status reports). `directioncycle.history.variable-details: true`
 * writes them again. The history level stays `full`, so a database keeps the level it was created with.
 */
@Component
class LeanHistory extends AbstractProcessEnginePlugin {

  private final boolean variableDetails;

  LeanHistory(@Value("${directioncycle.history.variable-details:false}") boolean variableDetails) {
    this.variableDetails = variableDetails;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (variableDetails) {
      return;
    }
    // the default database handler, behind a filter, instead of the default one
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new java.util.ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new WithoutDetails(new DbHistoryEventHandler()));
    configuration.setCustomHistoryEventHandlers(handlers); // the engine adds to this list later
  }

  /** Passes every history event on except the details of variable updates and form fields. */
  private record WithoutDetails(HistoryEventHandler database) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricDetailEventEntity)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}

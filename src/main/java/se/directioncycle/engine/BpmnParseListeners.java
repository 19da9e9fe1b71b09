package se.directioncycle.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Our engine plugins hook into model parsing here, after the engine's own parse listeners. */
public final class BpmnParseListeners {

  private BpmnParseListeners() {
  }

  public static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }
}

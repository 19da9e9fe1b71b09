package se.directioncycle.operations;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.PROCESS_KEY;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.BpmnParseListeners;

/**
 * Keeps the process variable {@value #NAME} at the cycle's phase in Swedish ("Lägesbild", "Utvärdering", …),
 * so coordinators can search and filter instances by phase in Cockpit itself. Every element of the model with the
 * extension property {@value CyclePhase#PROPERTY} sets it when it starts. A phase never moves back: a late
 * activity of an earlier phase (a follow-up overlapping the close) leaves it as it is.
 */
@Component
class PhaseVariable extends AbstractProcessEnginePlugin {

  public static final String NAME = CyclePhase.VARIABLE;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (PROCESS_KEY.equals(processDefinition.getKey())) {
          addListeners(processElement, processDefinition);
        }
      }
    });
  }

  /** Reads the phase from the XML being deployed (the deployed model is not there yet while it is parsed). */
  private static void addListeners(Element scope, ProcessDefinitionEntity processDefinition) {
    for (Element element : scope.elements()) {
      String id = element.attribute("id");
      Map<String, String> properties = id == null ? null : BpmnParseUtil.parseCamundaExtensionProperties(element);
      String phase = properties == null ? null : properties.get(CyclePhase.PROPERTY);
      if (phase != null) {
        ActivityImpl activity = processDefinition.findActivity(id);
        if (activity != null) {
          activity.addListener(ExecutionListener.EVENTNAME_START, new PhaseListener(CyclePhases.phase(id, phase)));
        }
      }
      addListeners(element, processDefinition);
    }
  }

  private record PhaseListener(CyclePhase phase) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      DelegateExecution instance = execution.getProcessInstance();
      Optional<CyclePhase> current = CyclePhase.ofSwedishName((String) instance.getVariable(NAME));
      if (current.isEmpty() || current.get().compareTo(phase) < 0) {
        instance.setVariable(NAME, phase.swedishName());
      }
    }
  }
}

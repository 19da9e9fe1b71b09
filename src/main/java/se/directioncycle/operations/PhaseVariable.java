package se.directioncycle.operations;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.PROCESS_KEY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import se.directioncycle.system.BpmnParseListeners;

/**
 * Keeps the process variable {@value #NAME} at the cycle's phase in Swedish ("Lägesbild", "Utvärdering", …),
 * so coordinators can search and filter instances by phase in Cockpit itself. A phase never moves back:
 * a late activity of an earlier phase (a follow-up overlapping the close) leaves it as it is.
 */
@Component
public class PhaseVariable extends AbstractProcessEnginePlugin implements ExecutionListener {

  public static final String NAME = "phase";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (!PROCESS_KEY.equals(processDefinition.getKey())) {
          return;
        }
        activitiesIn(processDefinition).stream()
            .filter(activity -> CyclePhase.of(List.of(activity.getId())).isPresent())
            .forEach(activity -> activity.addListener(EVENTNAME_START, PhaseVariable.this));
      }
    });
  }

  @Override
  public void notify(DelegateExecution execution) {
    CyclePhase phase = CyclePhase.of(List.of(execution.getCurrentActivityId())).orElseThrow();
    DelegateExecution instance = execution.getProcessInstance();
    Optional<CyclePhase> current = CyclePhase.ofSwedishName((String) instance.getVariable(NAME));
    if (current.isEmpty() || current.get().compareTo(phase) < 0) {
      instance.setVariable(NAME, phase.swedishName());
    }
  }

  private static List<ActivityImpl> activitiesIn(ScopeImpl scope) {
    List<ActivityImpl> all = new ArrayList<>();
    for (ActivityImpl activity : scope.getActivities()) {
      all.add(activity);
      all.addAll(activitiesIn(activity));
    }
    return all;
  }
}

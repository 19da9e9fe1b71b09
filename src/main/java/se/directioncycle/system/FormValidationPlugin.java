package se.directioncycle.system;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task server-side form validation: Camunda Forms and embedded forms validate
 * only in the browser, and a REST client can send anything.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final TaskInputValidators validators;

  FormValidationPlugin(TaskInputValidators validators) {
    this.validators = validators;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParseListeners.add(configuration, parseListener());
  }

  private BpmnParseListener parseListener() {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.setTaskFormHandler(
              new ValidatingTaskFormHandler(definition.getTaskFormHandler(), validators));
        }
      }
    };
  }
}

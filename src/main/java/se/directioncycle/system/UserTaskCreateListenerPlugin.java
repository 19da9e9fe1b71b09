package se.directioncycle.system;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * An engine plugin whose {@link TaskListener} hears the creation of every user task of every deployed model,
 * without a listener in each BPMN file. Built-in listeners run before the models' own and the others.
 */
public abstract class UserTaskCreateListenerPlugin extends AbstractProcessEnginePlugin implements TaskListener {

  private final boolean builtIn;

  protected UserTaskCreateListenerPlugin(boolean builtIn) {
    this.builtIn = builtIn;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          if (builtIn) {
            behavior.getTaskDefinition().addBuiltInTaskListener(EVENTNAME_CREATE, UserTaskCreateListenerPlugin.this);
          } else {
            behavior.getTaskDefinition().addTaskListener(EVENTNAME_CREATE, UserTaskCreateListenerPlugin.this);
          }
        }
      }
    });
  }
}

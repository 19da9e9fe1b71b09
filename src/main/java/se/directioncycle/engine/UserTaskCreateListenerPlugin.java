package se.directioncycle.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * An engine plugin whose {@link TaskListener} hears the creation of every user task of every deployed model,
 * without a listener in each BPMN file. Built-in listeners run before the models' own and the others.
 */
public abstract class UserTaskCreateListenerPlugin extends UserTaskParsePlugin implements TaskListener {

  private final boolean builtIn;

  protected UserTaskCreateListenerPlugin(boolean builtIn) {
    this.builtIn = builtIn;
  }

  @Override
  protected void parsed(Element userTask, TaskDefinition definition) {
    if (builtIn) {
      definition.addBuiltInTaskListener(EVENTNAME_CREATE, this);
    } else {
      definition.addTaskListener(EVENTNAME_CREATE, this);
    }
  }
}

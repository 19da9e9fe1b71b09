package se.directioncycle.system;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All {@link TaskInputValidator}s, looked up lazily because the engine is built before the feature beans. */
@Component
public class TaskInputValidators {

  private final ObjectProvider<TaskInputValidator> validators;

  TaskInputValidators(ObjectProvider<TaskInputValidator> validators) {
    this.validators = validators;
  }

  public void validate(String taskDefinitionKey, VariableScope task) {
    List<TaskInputValidator> matching = validators.orderedStream()
        .filter(v -> v.taskDefinitionKey().equals(taskDefinitionKey))
        .toList();
    matching.forEach(v -> v.validate(task));
  }
}

package se.directioncycle.system;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All {@link TaskInputValidator}s, looked up lazily because the engine is built before the feature beans. */
@Component
public class TaskInputValidators {

  private static final Logger LOG = LoggerFactory.getLogger(TaskInputValidators.class);

  private final ObjectProvider<TaskInputValidator> validators;

  TaskInputValidators(ObjectProvider<TaskInputValidator> validators) {
    this.validators = validators;
  }

  public void validate(String taskDefinitionKey, VariableScope task) {
    List<TaskInputValidator> matching = validators.orderedStream()
        .filter(v -> v.taskDefinitionKey().equals(taskDefinitionKey))
        .toList();
    try {
      matching.forEach(v -> v.validate(task));
    } catch (InvalidInputException e) {
      LOG.info("Refused form input for task {}: {} problem(s)", taskDefinitionKey, e.problems().size());
      throw e;
    }
  }
}

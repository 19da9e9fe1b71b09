package se.directioncycle.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * Refuses submitted variables the task's form does not have, before anything is set: a member
   * could otherwise overwrite the cycle's variables (candidate groups, deadlines) through a task.
   */
  public void refuseUnknownVariables(String taskDefinitionKey, Set<String> submitted) {
    Set<String> accepted = validators.orderedStream()
        .filter(v -> v.taskDefinitionKey().equals(taskDefinitionKey))
        .flatMap(v -> v.acceptedVariables().stream())
        .collect(Collectors.toSet());
    List<String> unknown = submitted.stream().filter(name -> !accepted.contains(name)).sorted().toList();
    if (!unknown.isEmpty()) {
      LOG.warn("Refused {} variable(s) not on the form of task {}", unknown.size(), taskDefinitionKey);
      throw new InvalidInputException(unknown.stream()
          .map(name -> "«" + InputReader.printable(name) + "» finns inte i formuläret och kan inte sparas.")
          .toList());
    }
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

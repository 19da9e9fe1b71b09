package se.directioncycle.system;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/** Wraps the engine's form handler of a user task and runs the task's validator after the submitted values are set. */
class ValidatingTaskFormHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final TaskInputValidators validators;

  ValidatingTaskFormHandler(TaskFormHandler delegate, TaskInputValidators validators) {
    this.delegate = delegate;
    this.validators = validators;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    if (variableScope instanceof TaskEntity task) {
      validators.refuseUnknownVariables(task.getTaskDefinitionKey(), properties.keySet());
    }
    delegate.submitFormVariables(properties, variableScope);
    if (variableScope instanceof TaskEntity task) {
      validators.validate(task.getTaskDefinitionKey(), task);
    }
  }
}

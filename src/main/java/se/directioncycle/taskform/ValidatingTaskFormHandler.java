package se.directioncycle.taskform;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.directioncycle.input.InvalidInputException;

/**
 * Wraps the engine's form handler of a user task: a submission may only carry the form's fields, and its values
 * must pass the form's rules once they are set (so the rules see them as the completion will). A form that starts
 * empty gets its values as transient task variables instead of the engine's handling (TaskForm.startsEmpty).
 */
class ValidatingTaskFormHandler implements TaskFormHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ValidatingTaskFormHandler.class);

  private final TaskFormHandler delegate;
  private final TaskForms forms;
  private final String formId;

  ValidatingTaskFormHandler(TaskFormHandler delegate, TaskForms forms, String formId) {
    this.delegate = delegate;
    this.forms = forms;
    this.formId = formId;
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
    if (!(variableScope instanceof TaskEntity task)) {
      delegate.submitFormVariables(properties, variableScope);
      return;
    }
    TaskForm<?> form = forms.get(formId);
    try {
      form.refuseUnknown(properties.keySet());
      if (form.startsEmpty()) {
        // a task created before its form started empty has the field stored on it (an empty field, the situation
        // input's template), and the engine refuses to make a stored variable transient (even one removed in the
        // same command): such a field takes the value as the task-local variable it is, as it did then
        properties.keySet().forEach(name -> task.setVariableLocal(name, task.hasVariableLocal(name)
            ? properties.getValueTyped(name) : TransientValues.of(properties.getValueTyped(name))));
      } else {
        delegate.submitFormVariables(properties, variableScope);
      }
      form.read(task);
    } catch (InvalidInputException e) {
      LOG.info("Refused a submission of form {} for task {}: {} problem(s)", formId, task.getTaskDefinitionKey(),
          e.problems().size());
      throw e;
    }
  }
}

package se.directioncycle.taskform;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.UserTaskParsePlugin;

/**
 * Binds every user task of every deployed model to the {@link TaskForm} its form names: the form's rules check
 * each submission (Camunda Forms and embedded forms check only in the browser, and a REST client can send
 * anything), its preparation runs when the task is created and its outcome when the task completes. The models
 * declare no task listeners of their own.
 *
 * <p>First of our engine plugins, so a task is prepared (its name, its fields) before the other create
 * listeners that are not built in, such as the notification mail, see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TaskFormBinding extends UserTaskParsePlugin {

  private static final String EMBEDDED_FORM = "embedded:deployment:forms/";

  private final TaskForms forms;

  public TaskFormBinding(TaskForms forms) {
    this.forms = forms;
  }

  @Override
  protected void parsed(Element userTask, TaskDefinition task) {
    String formId = formId(userTask);
    task.setTaskFormHandler(new ValidatingTaskFormHandler(task.getTaskFormHandler(), forms, formId));
    task.addTaskListener(TaskListener.EVENTNAME_CREATE, created -> forms.get(formId).prepare(created));
    task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed -> forms.get(formId).complete(completed));
  }

  /** A task's form id: its {@code camunda:formRef}, or the name of its embedded form without {@code .html}. */
  static String formId(Element userTask) {
    String formRef = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formRef != null) {
      return formRef;
    }
    String formKey = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formKey");
    if (formKey != null && formKey.startsWith(EMBEDDED_FORM) && formKey.endsWith(".html")) {
      return formKey.substring(EMBEDDED_FORM.length(), formKey.length() - ".html".length());
    }
    // a task without a declared form accepts no submission at all
    return "(user task " + userTask.attribute("id") + " without a form)";
  }
}

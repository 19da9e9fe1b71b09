package se.directioncycle.taskform;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link TaskForm} bean, by form id. Collected on first use: the engine, which parses the models, is built
 * before the features' beans.
 */
@Component
class DeclaredTaskForms implements TaskForms {

  private final ObjectProvider<TaskForm<?>> declared;
  private volatile Map<String, TaskForm<?>> byId;

  DeclaredTaskForms(ObjectProvider<TaskForm<?>> declared) {
    this.declared = declared;
  }

  @Override
  public TaskForm<?> get(String formId) {
    TaskForm<?> form = all().get(formId);
    if (form == null) {
      throw new IllegalStateException("No TaskForm is declared for form '" + formId + "'");
    }
    return form;
  }

  Map<String, TaskForm<?>> all() {
    if (byId == null) {
      // toMap refuses two declarations of one form
      byId = declared.orderedStream().collect(Collectors.toUnmodifiableMap(TaskForm::id, Function.identity()));
    }
    return byId;
  }
}

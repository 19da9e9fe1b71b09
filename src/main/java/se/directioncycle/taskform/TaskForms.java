package se.directioncycle.taskform;

/** Finds the declared {@link TaskForm} of a form id. */
public interface TaskForms {

  /** The form with this id; throws {@link IllegalStateException} when no feature declares it. */
  TaskForm<?> get(String formId);
}

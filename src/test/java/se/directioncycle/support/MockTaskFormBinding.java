package se.directioncycle.support;

import org.camunda.bpm.engine.test.mock.Mocks;
import se.directioncycle.taskform.TaskForm;
import se.directioncycle.taskform.TaskFormBinding;

/**
 * The production binding of user tasks to their forms on the process tests' plain engine
 * ({@code camunda-unit.cfg.xml}): a form is what the test registered in {@link Mocks} under the form's id
 * ({@link ProcessTestSupport#form}), and a form the test did not register accepts anything and records nothing.
 */
public class MockTaskFormBinding extends TaskFormBinding {

  public MockTaskFormBinding() {
    super(formId -> Mocks.get(formId) instanceof TaskForm<?> form ? form
        : TaskForm.form(formId).reads((input, task) -> null).recordsNothing());
  }
}

package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.springframework.stereotype.Component;

/**
 * A list of ids or group ids that a process keeps as a variable (a multi-instance's collection, the ids a later step
 * reads), held as one String such as {@code "kalix-polisen,kalix-skola"}. A String sits in the variable's own row;
 * a serialized list sits in {@code ACT_GE_BYTEARRAY}, which the engine reads again in every command that uses the
 * value (a parallel multi-instance evaluates its collection once per instance it creates) and once more before
 * deleting it. Items are ids and group ids, which never hold a comma; a list with an item that is empty or holds a
 * comma, or whose text would not fit Camunda's 4,000-character column, is kept as a serialized list, as every list
 * was before. Reading takes either form, and a list set for a model deployed before, which iterates the variable
 * itself ({@code camunda:collection="${memberGroups}"}), is set as a list: instances started before go on as they were.
 *
 * <p>Also a bean, so that a model reads the items the same way: {@code camunda:collection="${listVariable.items(
 * memberGroups)}"}.
 */
@Component("listVariable")
public final class ListVariable {

  static final String SEPARATOR = ",";
  /** Below the String column's 4,000 characters, as the texts in forms (docs/adr/0003). */
  static final int MAX_TEXT = 3_900;

  /** The value to store: the items joined, or a list the engine serializes when they cannot be joined safely. */
  public static Object of(Collection<String> items) {
    String text = String.join(SEPARATOR, items);
    boolean joinable = text.length() <= MAX_TEXT
        && items.stream().noneMatch(item -> item.isEmpty() || item.contains(SEPARATOR));
    return joinable ? text : new ArrayList<>(items);
  }

  /**
   * The value to store under {@code name} in this execution: {@link #of(Collection)}, or a list when the execution's
   * model was deployed before this class and iterates the variable itself, which needs a collection.
   */
  public static Object of(DelegateExecution execution, String name, Collection<String> items) {
    return iteratedAsCollection(execution, name) ? new ArrayList<>(items) : of(items);
  }

  /** Sets the list variable {@code name} of this execution in the form its model reads (as {@code of} does). */
  public static void set(DelegateExecution execution, String name, Collection<String> items) {
    execution.setVariable(name, of(execution, name, items));
  }

  /** Whether a multi-instance of the execution's model iterates {@code ${name}} directly (the engine caches models). */
  static boolean iteratedAsCollection(DelegateExecution execution, String name) {
    String expression = "${" + name + "}";
    return execution.getBpmnModelInstance().getModelElementsByType(MultiInstanceLoopCharacteristics.class).stream()
        .anyMatch(loop -> expression.equals(loop.getCamundaCollection()));
  }

  /** The items of a stored value in their order, whichever form it has; none for a missing variable. */
  public static List<String> items(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof String text) {
      return text.isEmpty() ? List.of() : List.of(text.split(SEPARATOR, -1));
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    throw new IllegalArgumentException("Not a list variable but a " + value.getClass().getName());
  }
}

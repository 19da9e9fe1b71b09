package se.directioncycle.taskform;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A task's variables as the rules read them, one name at a time: the value {@code getVariables()} would hold under
 * that name, without loading every variable of every enclosing scope first (with each JSON value's byte array). A
 * form's fields are task-local, so reading them usually needs no query at all once the submission is set.
 */
final class VariablesByName extends AbstractMap<String, Object> {

  private final VariableScope scope;

  VariablesByName(VariableScope scope) {
    this.scope = scope;
  }

  @Override
  public Object get(Object name) {
    return name instanceof String variable ? scope.getVariable(variable) : null;
  }

  /** Anything beyond reading by name sees all variables, as before. */
  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return scope.getVariables().entrySet();
  }
}

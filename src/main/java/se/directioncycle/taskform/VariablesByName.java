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
  private final boolean localOnly;

  /** {@code localOnly}: the scope's own variables, not those of the scopes around it. */
  VariablesByName(VariableScope scope, boolean localOnly) {
    this.scope = scope;
    this.localOnly = localOnly;
  }

  @Override
  public Object get(Object name) {
    if (!(name instanceof String variable)) {
      return null;
    }
    return localOnly ? scope.getVariableLocal(variable) : scope.getVariable(variable);
  }

  /** Anything beyond reading by name sees all variables, as before. */
  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return (localOnly ? scope.getVariablesLocal() : scope.getVariables()).entrySet();
  }
}

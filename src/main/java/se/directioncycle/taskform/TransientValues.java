package se.directioncycle.taskform;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.AbstractTypedValue;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.impl.value.NullValueImpl;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A submitted value made transient: the engine keeps it for the command and never writes it. The REST API and
 * the Java services hand in Camunda's own typed-value implementations, which each carry the flag; any other kind
 * of value is kept as it is, a task-local variable written like before.
 */
final class TransientValues {

  private TransientValues() {}

  static TypedValue of(TypedValue value) {
    if (value == null || value instanceof NullValueImpl) {
      return Variables.untypedNullValue(true);
    }
    if (value instanceof AbstractTypedValue<?> typed) {
      typed.setTransient(true);
    } else if (value instanceof UntypedValueImpl untyped) {
      untyped.setTransient(true);
    } else if (value instanceof FileValueImpl file) {
      file.setTransient(true);
    }
    return value;
  }
}

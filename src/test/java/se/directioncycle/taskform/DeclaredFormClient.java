package se.directioncycle.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * A client that knows a task only by its declared form (a Camunda Form, form-js JSON): it builds the smallest
 * submission the declaration allows for a chosen branch (required visible fields only, values meeting the declared
 * limits, option values the form lists) and, for each field in it, the same submission without that field, which the
 * declaration says must be refused. Values the declaration cannot constrain (dates; a year a person picks) come from
 * {@code wishes}, checked against what the declaration does say.
 */
final class DeclaredFormClient {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  /** One field of a form-js declaration. */
  record Field(String key, String type, String label, boolean required, Long minLength, Long maxLength, Long min,
      Long max, String pattern, List<String> options, String hide, String valuesKey) {

    boolean choice() {
      return type.equals("radio") || type.equals("select");
    }

    /** The field with the options its {@code valuesKey} variable holds, as form-js reads them from the task. */
    Field withOptionsFrom(JsonNode formVariables) {
      if (valuesKey == null) {
        return this;
      }
      JsonNode variable = formVariables.path(valuesKey).path("value");
      JsonNode values;
      try {
        values = variable.isTextual() ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(variable.asText())
            : variable;
      } catch (java.io.IOException e) {
        throw new AssertionError("Field " + key + ": the task's " + valuesKey + " is not JSON", e);
      }
      List<String> dynamic = new ArrayList<>();
      values.forEach(o -> dynamic.add(o.path("value").asText()));
      return new Field(key, type, label, required, minLength, maxLength, min, max, pattern, dynamic, hide, valuesKey);
    }
  }

  /** The declaration's fields in order (groups flattened). */
  static List<Field> fields(JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode c : components) {
      if (c.has("components")) {
        collect(c.path("components"), fields);
      }
      if (!c.hasNonNull("key")) {
        continue;
      }
      JsonNode v = c.path("validate");
      List<String> options = new ArrayList<>();
      c.path("values").forEach(o -> options.add(o.path("value").asText()));
      fields.add(new Field(c.path("key").asText(), c.path("type").asText(),
          c.path("label").asText(c.path("dateLabel").asText(c.path("key").asText())), v.path("required").asBoolean(false),
          longOrNull(v, "minLength"), longOrNull(v, "maxLength"), longOrNull(v, "min"), longOrNull(v, "max"),
          v.hasNonNull("pattern") ? v.path("pattern").asText() : null, options,
          c.path("conditional").hasNonNull("hide") ? c.path("conditional").path("hide").asText() : null,
          c.hasNonNull("valuesKey") ? c.path("valuesKey").asText() : null));
    }
  }

  /** Whether the field is hidden for these values, as form-js decides with its FEEL condition. */
  static boolean hidden(Field field, Map<String, Object> values) {
    if (field.hide() == null) {
      return false;
    }
    String expression = field.hide().startsWith("=") ? field.hide().substring(1) : field.hide();
    VariableMap context = Variables.createVariables();
    values.forEach(context::putValue);
    return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(expression, context.asVariableContext()));
  }

  /** The fields whose value decides whether another field is shown: the form's branches. */
  static List<Field> branchFields(List<Field> fields) {
    return fields.stream().filter(Field::choice)
        .filter(f -> fields.stream().anyMatch(other -> other.hide() != null && other.hide().contains(f.key())))
        .toList();
  }

  /**
   * The smallest submission for the chosen branch values: every choice in {@code branches}, then every required
   * field that is visible with them. {@code wishes} give values the declaration leaves open.
   */
  static Map<String, Object> smallest(String formId, List<Field> fields, Map<String, String> branches,
      Map<String, Object> wishes, LocalDate today) {
    Map<String, Object> submission = new LinkedHashMap<>(branches);
    for (Field field : fields) {
      if (submission.containsKey(field.key()) || !field.required() || hidden(field, submission)) {
        continue;
      }
      Object value = wishes.containsKey(field.key()) ? wishes.get(field.key()) : value(formId, field, today);
      check(formId, field, value);
      submission.put(field.key(), value);
    }
    return submission;
  }

  /** Which of the submission's fields the declaration says cannot be left out (required and visible without it). */
  static List<String> declaredRequired(List<Field> fields, Map<String, Object> submission) {
    List<String> required = new ArrayList<>();
    for (Field field : fields) {
      if (!submission.containsKey(field.key())) {
        continue;
      }
      Map<String, Object> without = new HashMap<>(submission);
      without.remove(field.key());
      if (field.required() && !hidden(field, without)) {
        required.add(field.key());
      }
    }
    return required;
  }

  private static Object value(String formId, Field field, LocalDate today) {
    return switch (field.type()) {
      case "textfield", "textarea" -> "x".repeat((int) Math.max(1, field.minLength() == null ? 1 : field.minLength()));
      case "number" -> field.min() != null ? field.min() : 0L;
      case "datetime" -> today.toString();
      case "checkbox" -> true;
      case "radio", "select" -> field.options().get(0);
      case "checklist" -> { // form-js submits the chosen values as a list: the first one
        if (field.options().isEmpty()) {
          throw new AssertionError("Form " + formId + ", field «" + field.label() + "»: nothing to choose from");
        }
        yield new Tasklist.Json("[\"" + field.options().get(0) + "\"]");
      }
      default -> throw new AssertionError("Form " + formId + ", field «" + field.label() + "» (" + field.key()
          + "): the contract client cannot fill a " + field.type() + " field yet");
    };
  }

  /** A wished value must still be one the declaration allows. */
  private static void check(String formId, Field field, Object value) {
    String where = "Form " + formId + ", field «" + field.label() + "» (" + field.key() + "): value " + value + " ";
    if (value instanceof String s) {
      if (field.maxLength() != null && s.length() > field.maxLength()) {
        throw new AssertionError(where + "is longer than the declared maxLength " + field.maxLength());
      }
      if (field.pattern() != null && !s.matches(field.pattern())) {
        throw new AssertionError(where + "does not match the declared pattern " + field.pattern());
      }
      if (field.choice() && !field.options().contains(s)) {
        throw new AssertionError(where + "is not among the declared options " + field.options());
      }
    }
    if (value instanceof Number n && ((field.min() != null && n.longValue() < field.min())
        || (field.max() != null && n.longValue() > field.max()))) {
      throw new AssertionError(where + "is outside the declared " + field.min() + "–" + field.max());
    }
  }

  private static Long longOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.path(name).asLong() : null;
  }

  /** The deployed form-js JSON of a task, as Tasklist fetches it. */
  static JsonNode taskForm(Rest rest, String taskId) {
    Rest.Response response = rest.get("/engine-rest/task/" + taskId + "/deployed-form");
    if (response.status() != 200) {
      throw new AssertionError("Task " + taskId + ": no deployed form (" + response.status() + "): " + response.body());
    }
    return response.json();
  }

  /** The deployed form-js JSON of a process's start form. */
  static JsonNode startForm(Rest rest, String processKey) {
    Rest.Response response = rest.get("/engine-rest/process-definition/key/" + processKey + "/deployed-start-form");
    if (response.status() != 200) {
      throw new AssertionError(processKey + ": no deployed start form (" + response.status() + "): " + response.body());
    }
    return response.json();
  }
}

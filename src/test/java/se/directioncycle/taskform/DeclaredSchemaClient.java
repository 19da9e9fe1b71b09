package se.directioncycle.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * The contract client's half for embedded forms: it knows such a task only by the JSON Schema published next to the
 * form (`GET /api/tasks/{taskId}/form-schema`, docs/forms.md) and the task's read-only context variables the schema
 * points into (`x-enumFrom` and `x-enumFromIfNone`, `x-oneItemPer` with `x-itemKey`, `x-defaultFrom`). It builds the smallest submission the schema allows for chosen
 * branches (the values an `if` tests), and lists the submissions with one required value left out that the schema
 * refuses, which the server must refuse too. Values a schema cannot give (a file's content, a date a person picks)
 * come from wishes, by path.
 */
final class DeclaredSchemaClient {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A value the schema leaves to a person, e.g. a file ("surveyFile") or a date ("directionProposal/…/start"). */
  interface Wishes {
    Object at(String path);
  }

  private final JsonNode schema;
  private final Schema validator;
  private final Map<String, JsonNode> context;
  /** Picks one of a branch field's options: (path without indices, options) → the option. */
  private final BiFunction<String, List<JsonNode>, JsonNode> branches;
  private final Wishes wishes;
  private final LocalDate today;

  DeclaredSchemaClient(JsonNode schema, JsonNode formVariables, BiFunction<String, List<JsonNode>, JsonNode> branches,
      Wishes wishes, LocalDate today) {
    this.schema = schema;
    this.validator = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(), builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
        .getSchema(schema);
    this.context = contextOf(formVariables);
    this.branches = branches;
    this.wishes = wishes;
    this.today = today;
  }

  /** The published schema of a task's embedded form, or null when the task has a Camunda Form instead. */
  static JsonNode taskSchema(Rest rest, String taskId) {
    Rest.Response response = rest.get("/api/tasks/" + taskId + "/form-schema");
    if (response.status() == 404) {
      return null;
    }
    if (response.status() != 200) {
      throw new AssertionError("Task " + taskId + ": form schema answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  /** The smallest submission as the JSON the schema describes: each variable's value. */
  ObjectNode smallest() {
    JsonNode built = instance(schema, "");
    if (!(built instanceof ObjectNode submission)) {
      throw new AssertionError("The schema " + schema.path("$id").asText() + " does not describe an object");
    }
    List<String> problems = problems(submission);
    if (!problems.isEmpty()) {
      throw new AssertionError("The contract client built a submission its own schema refuses (" + problems + "): "
          + submission);
    }
    return submission;
  }

  /** Each required value left out of the submission, where the schema then refuses it: path → that submission. */
  Map<String, ObjectNode> withoutEachRequiredValue(ObjectNode submission) {
    Map<String, ObjectNode> refused = new LinkedHashMap<>();
    collectRequired(submission, "", submission, refused);
    return refused;
  }

  /** What the schema finds wrong with a submission (empty when valid). */
  List<String> problems(JsonNode submission) {
    return validator.validate(submission).stream().map(Object::toString).toList();
  }

  /** The submission as Tasklist's variables: a File variable as a file, any other object as Json. */
  static Map<String, Object> variables(ObjectNode submission) {
    Map<String, Object> variables = new LinkedHashMap<>();
    submission.properties().forEach(entry -> {
      JsonNode value = entry.getValue();
      if ("File".equals(value.path("type").asText()) && value.has("valueInfo")) {
        variables.put(entry.getKey(), new Tasklist.File(value.path("valueInfo").path("filename").asText(),
            value.path("valueInfo").path("mimetype").asText("application/octet-stream"),
            Base64.getDecoder().decode(value.path("value").asText())));
      } else if (value.isObject() || value.isArray()) {
        variables.put(entry.getKey(), new Tasklist.Json(value.toString()));
      } else {
        variables.put(entry.getKey(), MAPPER.convertValue(value, Object.class));
      }
    });
    return variables;
  }

  private void collectRequired(JsonNode node, String path, ObjectNode root, Map<String, ObjectNode> refused) {
    if (node instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        ObjectNode copy = root.deepCopy();
        if (path.isEmpty()) {
          copy.putNull(key); // a variable the task may hold from before is sent empty, as the form always sends it
        } else {
          ((ObjectNode) at(copy, path)).remove(key);
        }
        if (!problems(copy).isEmpty()) {
          refused.put(path + "/" + key, copy);
        }
        collectRequired(object.get(key), path + "/" + key, root, refused);
      }
    } else if (node instanceof ArrayNode array && !array.isEmpty()) {
      collectRequired(array.get(0), path + "/0", root, refused); // the first item stands for the others
    }
  }

  private static JsonNode at(JsonNode root, String path) {
    return path.isEmpty() ? root : root.at(path);
  }

  private JsonNode instance(JsonNode s, String path) {
    s = resolve(s);
    Object wished = wishes.at(path);
    if (wished != null) {
      return MAPPER.valueToTree(wished);
    }
    if (s.has("const")) {
      return s.get("const");
    }
    JsonNode types = s.path("type");
    String type = types.isArray() ? types.get(0).asText() : types.asText(); // ["integer", "null"]: an integer
    return switch (type) {
      case "object" -> object(s, path);
      case "array" -> array(s, path);
      case "string" -> string(s, path);
      case "integer", "number" -> NODES.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 0L);
      case "boolean" -> NODES.booleanNode(false);
      default -> throw new AssertionError("Schema " + this.schema.path("$id").asText() + " at " + path
          + ": the contract client cannot build a value of type «" + type + "» yet");
    };
  }

  private ObjectNode object(JsonNode s, String path) {
    ObjectNode value = NODES.objectNode();
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    s.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    List<String> required = new ArrayList<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    JsonNode condition = s.path("if");
    if (condition.isObject()) {
      // the values the condition tests are the form's branches: pick one of each, then follow then or else
      condition.path("properties").properties().forEach(e -> {
        String key = e.getKey();
        value.set(key, branches.apply(stripIndices(path + "/" + key), options(resolve(properties.get(key)), e.getValue())));
      });
      boolean matches = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = condition.path("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> test = it.next();
        matches &= !test.getValue().has("const") || test.getValue().get("const").equals(value.get(test.getKey()));
      }
      JsonNode branch = resolve(matches ? s.path("then") : s.path("else"));
      branch.path("required").forEach(r -> required.add(r.asText()));
      branch.path("properties").properties().forEach(e -> properties.merge(e.getKey(), e.getValue(),
          (base, narrower) -> merged(resolve(base), resolve(narrower))));
    }
    for (String key : required) {
      if (!value.has(key)) {
        JsonNode property = properties.get(key);
        if (property == null) {
          throw new AssertionError("Schema requires «" + key + "» at " + path + " but does not describe it");
        }
        value.set(key, instance(property, path + "/" + key));
      }
    }
    return value;
  }

  private ArrayNode array(JsonNode s, String path) {
    ArrayNode value = NODES.arrayNode();
    JsonNode items = resolve(s.path("items"));
    if (s.hasNonNull("x-oneItemPer")) {
      String pointer = s.get("x-oneItemPer").asText();
      String key = s.path("x-itemKey").asText(null);
      if (key == null) {
        throw new AssertionError("At " + path + ": x-oneItemPer without x-itemKey");
      }
      for (JsonNode one : lookup(pointer)) {
        ObjectNode item = (ObjectNode) instance(items, path + "/" + value.size());
        item.set(key, one);
        value.add(item);
      }
      return value;
    }
    int count = s.path("minItems").asInt(0);
    for (int i = 0; i < count; i++) {
      value.add(instance(items, path + "/" + i));
    }
    return value;
  }

  private JsonNode string(JsonNode s, String path) {
    if (s.hasNonNull("x-defaultFrom")) { // the value the form starts with
      List<JsonNode> start = lookup(s.get("x-defaultFrom").asText());
      if (!start.isEmpty()) {
        return start.get(0);
      }
    }
    if (s.hasNonNull("x-enumFrom")) {
      List<JsonNode> choices = choices(s);
      if (choices.isEmpty()) {
        throw new AssertionError("At " + path + " the task's context offers nothing to choose (" + s.get("x-enumFrom")
            + ")");
      }
      return choices.get(0);
    }
    if (s.has("enum")) {
      return s.get("enum").get(0);
    }
    if ("date".equals(s.path("format").asText())) {
      return NODES.textNode(today.toString());
    }
    return NODES.textNode("x".repeat(Math.max(1, s.path("minLength").asInt(1))));
  }

  /** The options of a branch field: its enum or context list, or both booleans. */
  private List<JsonNode> options(JsonNode property, JsonNode test) {
    List<JsonNode> options = new ArrayList<>();
    if (property.hasNonNull("x-enumFrom")) {
      options.addAll(choices(property));
    } else if (property.has("enum")) {
      property.get("enum").forEach(options::add);
    } else if ("boolean".equals(property.path("type").asText()) || test.path("const").isBoolean()) {
      options.add(NODES.booleanNode(false));
      options.add(NODES.booleanNode(true));
    } else {
      throw new AssertionError("A branch on «" + property + "» the contract client cannot enumerate");
    }
    return options;
  }

  /** The values at x-enumFrom, or at x-enumFromIfNone when there are none. */
  private List<JsonNode> choices(JsonNode s) {
    List<JsonNode> choices = lookup(s.get("x-enumFrom").asText());
    return choices.isEmpty() && s.hasNonNull("x-enumFromIfNone") ? lookup(s.get("x-enumFromIfNone").asText()) : choices;
  }

  /** A schema narrowed by a branch's (then/else) part of it, as both must hold: objects merged, `required` joined. */
  private JsonNode merged(JsonNode base, JsonNode narrower) {
    ObjectNode merged = base.deepCopy();
    narrower.properties().forEach(e -> {
      JsonNode mine = merged.get(e.getKey());
      if (e.getKey().equals("required") && mine != null && mine.isArray()) {
        e.getValue().forEach(r -> {
          if (!mine.toString().contains(r.toString())) {
            ((ArrayNode) mine).add(r);
          }
        });
      } else if (mine != null && mine.isObject() && e.getValue().isObject()) {
        merged.set(e.getKey(), merged(resolve(mine), resolve(e.getValue())));
      } else {
        merged.set(e.getKey(), e.getValue());
      }
    });
    return merged;
  }

  /** "situationContext#/indicators/*\/code": the values in the task's context variable. */
  private List<JsonNode> lookup(String pointer) {
    int hash = pointer.indexOf('#');
    JsonNode variable = context.get(pointer.substring(0, hash));
    if (variable == null) {
      throw new AssertionError("The schema points into «" + pointer.substring(0, hash) + "», which the task lacks");
    }
    List<JsonNode> found = new ArrayList<>();
    walk(variable, pointer.substring(hash + 1).replaceFirst("^/", "").split("/"), 0, found);
    return found;
  }

  private static void walk(JsonNode node, String[] steps, int step, List<JsonNode> found) {
    if (step == steps.length) {
      found.add(node);
    } else if (steps[step].equals("*")) {
      node.forEach(child -> walk(child, steps, step + 1, found));
    } else if (node.has(steps[step])) {
      walk(node.get(steps[step]), steps, step + 1, found);
    }
  }

  private JsonNode resolve(JsonNode s) {
    if (s != null && s.hasNonNull("$ref")) {
      String ref = s.get("$ref").asText();
      if (!ref.startsWith("#")) {
        throw new AssertionError("Only local $ref are followed: " + ref);
      }
      return resolve(schema.at(ref.substring(1)));
    }
    return s == null ? NODES.objectNode() : s;
  }

  static String stripIndices(String path) {
    return path.replaceAll("/\\d+", "");
  }

  /** The task's context variables (Json values parsed), as Tasklist's form-variables call gives them. */
  private static Map<String, JsonNode> contextOf(JsonNode formVariables) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    formVariables.properties().forEach(e -> {
      JsonNode value = e.getValue().path("value");
      if ("Json".equals(e.getValue().path("type").asText()) && value.isTextual()) {
        try {
          variables.put(e.getKey(), MAPPER.readTree(value.asText()));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      } else {
        variables.put(e.getKey(), value);
      }
    });
    return variables;
  }
}

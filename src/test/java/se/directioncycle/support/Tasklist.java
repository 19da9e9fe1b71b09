package se.directioncycle.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person does in Tasklist, through the same engine REST resources Tasklist calls:
 * list visible tasks, read a task's form variables, submit the form.
 */
public final class Tasklist {

  /** A value sent with Camunda's `Json` type, as Tasklist sends Json variables. */
  public record Json(String value) {}

  /** A file sent with Camunda's `File` type (base64), as an embedded form's file input sends it. */
  public record File(String filename, String mimeType, byte[] content) {}

  private final Rest rest;

  public Tasklist(Rest rest) {
    this.rest = rest;
  }

  public static Tasklist as(int port, String user) {
    return new Tasklist(Rest.as(port, user));
  }

  public List<JsonNode> tasks(String businessKey) {
    Rest.Response response = rest.get("/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    response.json().forEach(tasks::add);
    return tasks;
  }

  public List<JsonNode> tasks(String businessKey, String taskDefinitionKey) {
    return tasks(businessKey).stream().filter(t -> t.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .toList();
  }

  /** The only task of that kind this person can see in the cycle. */
  public String task(String businessKey, String taskDefinitionKey) {
    List<JsonNode> tasks = tasks(businessKey, taskDefinitionKey);
    assertThat(tasks).as("visible %s tasks in %s", taskDefinitionKey, businessKey).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  /** Like Tasklist: serialized values, so Json variables arrive as JSON text. */
  public JsonNode formVariables(String taskId) {
    Rest.Response response = rest.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  public Rest.Response submit(String taskId, Map<String, Object> variables) {
    return rest.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)));
  }

  /** Submits and expects success. */
  public void complete(String taskId, Map<String, Object> variables) {
    Rest.Response response = submit(taskId, variables);
    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }

  public Rest rest() {
    return rest;
  }

  public static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      if (value instanceof File file) {
        entry.put("value", java.util.Base64.getEncoder().encodeToString(file.content()));
        entry.put("type", "File");
        entry.put("valueInfo", Map.of("filename", file.filename(), "mimetype", file.mimeType(), "encoding", "UTF-8"));
      } else if (value instanceof Json json) {
        entry.put("value", json.value());
        entry.put("type", "Json");
      } else {
        entry.put("value", value);
        entry.put("type", value == null ? "Null" : value instanceof Integer ? "Integer"
            : value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean"
            : value instanceof Double ? "Double" : "String");
      }
      typed.put(name, entry);
    });
    return typed;
  }
}

package se.directioncycle.taskform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.web.ErrorResponses;

/**
 * `/api/tasks/{taskId}/form-schema`: the JSON Schema published next to a task's embedded form
 * (`bpmn/forms/<id>.schema.json`, deployed with it), for a client that fills the form without a browser. A Camunda
 * Form declares its rules itself (`GET /engine-rest/task/{id}/deployed-form`). Whoever may see the task may read its
 * schema: the task is looked up with the caller's authorizations and tenants, the schema from the task's deployment.
 */
@RestController
@Tag(name = "Task forms", description = "What a task's form declares: the JSON Schema of an embedded form.")
class TaskFormSchemaController {

  static final String SCHEMA_SUFFIX = ".schema.json";
  private static final String EMBEDDED_FORM = "embedded:deployment:";

  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;

  TaskFormSchemaController(TaskService taskService, ProcessEngineConfigurationImpl engine) {
    this.taskService = taskService;
    this.engine = engine;
  }

  @Operation(operationId = "getTaskFormSchema", summary = "The JSON Schema of a task's embedded form",
      description = "Draft 2020-12, with Swedish titles and descriptions: every field the form submits and every rule "
          + "the server holds it to, conditional rules as `if`/`then`. Values that depend on the task (an "
          + "organisation's indicators, the municipality's areas) are named by `x-enumFrom` and `x-oneItemPer`: a "
          + "pointer into a read-only variable of the task (`GET /engine-rest/task/{id}/form-variables`).")
  @ApiResponse(responseCode = "200", description = "The schema.", content = @Content(mediaType = "application/json",
      schema = @Schema(types = "object")))
  @ApiResponse(responseCode = "404", description = "No task with that id that the caller may see, or its form is a "
      + "Camunda Form (which declares its rules itself) and has no published schema.")
  @GetMapping(value = "/api/tasks/{taskId}/form-schema", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> schema(@Parameter(description = "The task's id, as Tasklist and the engine REST API list it.")
      @PathVariable String taskId) {
    // the engine applies the caller's authorizations and tenants to the query
    Task task = taskId.matches("[0-9a-zA-Z-]{1,64}") ? taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult() : null;
    String resource = task == null ? null : schemaResource(task);
    byte[] schema = resource == null ? null : read(task.getProcessDefinitionId(), resource);
    if (schema == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("NotFound", "Det finns ingen uppgift med det id:t som du får se, eller så har "
              + "uppgiftens formulär inget publicerat schema (ett Camunda-formulär beskriver sina regler själv)."));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(schema);
  }

  /** `forms/situation-input.schema.json` for the embedded form `embedded:deployment:forms/situation-input.html`. */
  private static String schemaResource(Task task) {
    String formKey = task.getFormKey();
    if (formKey == null || !formKey.startsWith(EMBEDDED_FORM) || !formKey.endsWith(".html")) {
      return null;
    }
    return formKey.substring(EMBEDDED_FORM.length(), formKey.length() - ".html".length()) + SCHEMA_SUFFIX;
  }

  /** The resource of the task's own deployment, read after the task itself was found with the caller's rights. */
  private byte[] read(String processDefinitionId, String resource) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      ProcessDefinition definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(processDefinitionId);
      ResourceEntity found = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), resource);
      return found == null ? null : found.getBytes();
    });
  }
}

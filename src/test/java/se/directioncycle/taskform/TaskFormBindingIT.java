package se.directioncycle.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.engine.ModelDeployer;

/**
 * The one binding between the models and the code: every user task's form is declared by exactly one {@link
 * TaskForm}, every declared form is used by a user task, the form's fields are the ones the server accepts, and no
 * model binds a task to code any other way.
 */
@IntegrationTest
class TaskFormBindingIT {

  /**
   * A value an embedded form writes back: {@code variables.variableValue('name', value)} in its script, or an input
   * bound with {@code cam-variable-name="name"} (e.g. a file input).
   */
  private static final Pattern EMBEDDED_WRITE = Pattern.compile("variableValue\\('(\\w+)',|cam-variable-name=\"(\\w+)\"");

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  DeclaredTaskForms declared;

  @Test
  void everyUserTaskHasItsFormsHandlerAndEveryHandlerHasItsTasks() {
    Map<String, Set<String>> tasksByForm = new TreeMap<>();
    for (UserTask task : userTasks()) {
      tasksByForm.computeIfAbsent(formId(task), id -> new TreeSet<>()).add(task.getId());
    }

    assertThat(declared.all().keySet()).as("a declared TaskForm for each form the models' user tasks use, and no other")
        .containsExactlyInAnyOrderElementsOf(tasksByForm.keySet());
    assertThat(tasksByForm).containsEntry("sign-promises", Set.of("UserTask_SignAsCommissioner",
        "UserTask_SignAsPoliceChief")).containsEntry("handle-escalation", Set.of("UserTask_HandleRedIntervention",
        "UserTask_HandleOverdueReport"));
  }

  @Test
  void noModelBindsATaskToCodeThroughAListener() {
    for (ProcessDefinition definition : definitions()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      assertThat(model.getModelElementsByType(CamundaTaskListener.class)).as("task listeners in %s", definition.getKey())
          .isEmpty();
    }
  }

  @Test
  void aFormSubmitsExactlyTheFieldsItsHandlerAccepts() {
    Deployment deployment = deployment();
    for (TaskForm<?> form : declared.all().values()) {
      List<String> resources = repositoryService.getDeploymentResourceNames(deployment.getId());
      Set<String> submitted = resources.contains("forms/" + form.id() + ".form")
          ? camundaFormKeys(deployment, "forms/" + form.id() + ".form")
          : embeddedFormWrites(deployment, "forms/" + form.id() + ".html");
      assertThat(form.fields()).as("fields of form %s", form.id()).containsExactlyInAnyOrderElementsOf(submitted);
    }
  }

  @Test
  void aTaskWithoutADeclaredFormIsRefusedRatherThanLeftUnchecked() {
    try {
      declared.get("a-form-nobody-declared");
      throw new AssertionError("an undeclared form was found");
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessageContaining("a-form-nobody-declared");
    }
  }

  private List<UserTask> userTasks() {
    return definitions().stream()
        .flatMap(d -> repositoryService.getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class).stream())
        .toList();
  }

  private static String formId(UserTask task) {
    if (task.getCamundaFormRef() != null) {
      return task.getCamundaFormRef();
    }
    String key = task.getCamundaFormKey();
    assertThat(key).as("form of %s", task.getId()).startsWith("embedded:deployment:forms/").endsWith(".html");
    return key.substring("embedded:deployment:forms/".length(), key.length() - ".html".length());
  }

  private List<ProcessDefinition> definitions() {
    return repositoryService.createProcessDefinitionQuery().deploymentId(deployment().getId()).list();
  }

  private Deployment deployment() {
    return repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().desc()
        .list().get(0);
  }

  private Set<String> camundaFormKeys(Deployment deployment, String resource) {
    try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), resource)) {
      Set<String> keys = new HashSet<>();
      new ObjectMapper().readTree(in).path("components").forEach(c -> {
        if (c.hasNonNull("key")) {
          keys.add(c.path("key").asText());
        }
      });
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> embeddedFormWrites(Deployment deployment, String resource) {
    try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), resource)) {
      Matcher writes = EMBEDDED_WRITE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Set<String> names = new HashSet<>();
      while (writes.find()) {
        names.add(writes.group(1) != null ? writes.group(1) : writes.group(2));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

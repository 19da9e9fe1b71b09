package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.directioncycle.support.ProcessTestSupport;

/**
 * An upgrade's models and forms reach the next instances: a definition finds its forms, and the model it calls bound
 * to its deployment, in its own deployment, so a changed file must come with a new version of every model, and an
 * unchanged set deploys nothing.
 */
class ModelDeployerTest extends ProcessTestSupport {

  private static final byte[] MODEL = Bpmn.convertToString(Bpmn.createExecutableProcess("withForm").startEvent()
      .userTask("fill").camundaFormKey("embedded:deployment:forms/fill.html").endEvent().done())
      .getBytes(StandardCharsets.UTF_8);

  ModelDeployerTest() {
    super(Instant.parse("2030-01-07T08:00:00Z"));
  }

  @AfterEach
  void removeDeployments() {
    repository().createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list()
        .forEach(deployment -> repository().deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aChangedCalledModelAloneIsCalledByTheNextInstancesOfAnUnchangedCaller() {
    // the quarterly cycle calls the follow-up bound to its own deployment (calledElementBinding="deployment")
    byte[] caller = Bpmn.convertToString(Bpmn.createExecutableProcess("caller").startEvent()
        .callActivity("call").calledElement("callee").camundaCalledElementBinding("deployment").endEvent().done())
        .getBytes(StandardCharsets.UTF_8);
    ModelDeployer deployer = new ModelDeployer(repository());
    deployer.deploy(Map.of("caller.bpmn", caller, "callee.bpmn", callee("first")));

    deployer.deploy(Map.of("caller.bpmn", caller, "callee.bpmn", callee("second")));

    String callerDeployment = repository().createProcessDefinitionQuery().processDefinitionKey("caller")
        .latestVersion().singleResult().getDeploymentId();
    assertThat(repository().createProcessDefinitionQuery().processDefinitionKey("callee")
        .deploymentId(callerDeployment).singleResult().getName()).isEqualTo("second");
  }

  @Test
  void aChangedFormAloneReachesTheNextInstancesOfAnUnchangedModel() throws IOException {
    ModelDeployer deployer = new ModelDeployer(repository());
    deployer.deploy(Map.of("with-form.bpmn", MODEL, "forms/fill.html", html("first")));
    ProcessDefinition first = latest();

    deployer.deploy(Map.of("with-form.bpmn", MODEL, "forms/fill.html", html("first")));
    assertThat(repository().createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count())
        .as("nothing changed, nothing deployed").isOne();

    deployer.deploy(Map.of("with-form.bpmn", MODEL, "forms/fill.html", html("second")));
    ProcessDefinition next = latest();
    assertThat(next.getVersion()).as("the unchanged model gets a new version").isEqualTo(first.getVersion() + 1);
    assertThat(form(next)).isEqualTo("<form>second</form>");
    assertThat(form(first)).as("running instances keep theirs").isEqualTo("<form>first</form>");
  }

  private ProcessDefinition latest() {
    return repository().createProcessDefinitionQuery().processDefinitionKey("withForm").latestVersion()
        .singleResult();
  }

  private String form(ProcessDefinition definition) throws IOException {
    try (InputStream in = repository().getResourceAsStream(definition.getDeploymentId(), "forms/fill.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] callee(String name) {
    return Bpmn.convertToString(Bpmn.createExecutableProcess("callee").name(name).startEvent().endEvent().done())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] html(String text) {
    return ("<form>" + text + "</form>").getBytes(StandardCharsets.UTF_8);
  }

  private RepositoryService repository() {
    return extension.getProcessEngine().getRepositoryService();
  }
}

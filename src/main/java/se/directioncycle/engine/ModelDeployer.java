package se.directioncycle.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under `bpmn/` (models, decision tables, Camunda Forms, embedded forms) as one
 * deployment shared by all municipalities. The starter's auto-deployment is off because it skips
 * `.form` files; resource names are relative to `bpmn/`, which `embedded:deployment:` keys rely on.
 * Duplicate filtering makes a restart, or a second node, deploy nothing new; when any file changed, all of them are
 * deployed again, so every model gets a new version that finds the changed forms in its own deployment.
 */
@Component
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "direction-cycle";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final String ROOT = "bpmn/";

  private final RepositoryService repositoryService;

  ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void deploy() {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.*")) {
        String url = resource.getURL().toString();
        try (InputStream in = resource.getInputStream()) {
          resources.put(url.substring(url.lastIndexOf(ROOT) + ROOT.length()), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models under bpmn/", e);
    }
    DeploymentWithDefinitions deployment = deploy(resources);
    LOG.info("Deployment '{}' with {} resources: {}", DEPLOYMENT_NAME, resources.size(),
        deployment.getDeployedProcessDefinitions() == null ? "unchanged" : "new version " + deployment.getId());
  }

  /**
   * Deploys these resources (name relative to `bpmn/`, content): nothing when every one is as in the latest
   * deployment, all of them when any one changed. A definition finds its forms in its own deployment
   * (`embedded:deployment:`, `formRefBinding="deployment"`), so a deployment of the changed files alone (the engine's
   * "deploy changed only") left a changed form unseen by every new instance of an unchanged model.
   */
  DeploymentWithDefinitions deploy(Map<String, byte[]> resources) {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false); // false: not only the changed resources, all of them
    resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    return builder.deployWithResult();
  }
}

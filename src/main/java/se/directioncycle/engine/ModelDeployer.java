package se.directioncycle.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Duplicate filtering makes a restart, or a second node, deploy nothing new.
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
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    int count = 0;
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.*")) {
        String url = resource.getURL().toString();
        String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
        try (InputStream in = resource.getInputStream()) {
          builder.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
        }
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models under bpmn/", e);
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Deployment '{}' with {} resources: {}", DEPLOYMENT_NAME, count,
        deployment.getDeployedProcessDefinitions() == null ? "unchanged" : "new version " + deployment.getId());
  }
}

package se.directioncycle.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Authorizations only grant (ADR 0020): the engine never looks for REVOKE rows, which saves it one query per
 * authorized command ("auto" asks whether any exist). The REST guard refuses to create one
 * (access/RequestBodyCheck), nothing in the application creates one, and a database that holds one anyway refuses
 * to start here, since the engine would otherwise ignore it without a word.
 */
@Component
class GrantOnlyAuthorizations extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // set here: the starter's generic-properties do not reach this setting
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes > 0) {
      throw new IllegalStateException(revokes + " REVOKE authorization(s) in ACT_RU_AUTHORIZATION (TYPE_ = 2): "
          + "Direction Cycle does not check them (authorizationCheckRevokes = never, ADR 0020), so they would be "
          + "ignored. Delete them and remove the matching GRANT permissions instead, then start again.");
    }
  }
}

package se.directioncycle.throttle;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's identity provider (users, groups, passwords in Camunda's tables) with
 * {@link ThrottlingIdentityProvider}, the one place that does: everything but the password check and the
 * coordinators' shared group ({@code council.AllCoordinators}) is Camunda's own.
 */
@Component
class ThrottlingIdentityProviderPlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;

  ThrottlingIdentityProviderPlugin(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        // the engine registers it as the writable provider too, since this type is one
        return DbIdentityServiceProvider.class;
      }

      @Override
      public Session openSession() {
        return new ThrottlingIdentityProvider(throttle);
      }
    });
  }
}

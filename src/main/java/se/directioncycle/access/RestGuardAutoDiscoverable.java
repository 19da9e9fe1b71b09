package se.directioncycle.access;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts the guard and the error translator into every Jersey application of the process (the engine REST
 * API at `/engine-rest` and the webapps' APIs under `/camunda/api`), including any a later Camunda release
 * adds: Jersey loads this through {@code META-INF/services}, whatever the application registers itself.
 */
public final class RestGuardAutoDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(OperationGuard.class)) {
      context.register(OperationGuard.class);
      context.register(EngineErrorTranslator.class);
    }
  }
}

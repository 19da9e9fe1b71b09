package se.directioncycle.throttle;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/** Puts {@link ThrottledLoginAnswer} into every Jersey application (loaded through {@code META-INF/services}). */
public final class ThrottleAutoDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(ThrottledLoginAnswer.class)) {
      context.register(ThrottledLoginAnswer.class);
    }
  }
}

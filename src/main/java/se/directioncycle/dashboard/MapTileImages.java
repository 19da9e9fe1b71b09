package se.directioncycle.dashboard;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.HeaderSecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit's Content-Security-Policy (Camunda's own, with its script nonces) lets the map's tiles in: when a tile
 * server is configured, its origin is added to `img-src`, and nothing else changes. Without one the policy stays
 * Camunda's default. An operator who sets `camunda.bpm.webapp.header-security.content-security-policy-value`
 * himself keeps his policy, and the tile origin is added to its `img-src` too.
 */
@Configuration
class MapTileImages {

  /** Camunda 7.24's default policy (ContentSecurityPolicyProvider.HEADER_DEFAULT_VALUE). */
  static final String CAMUNDA_DEFAULT_POLICY = "base-uri 'self';script-src $NONCE 'strict-dynamic' 'unsafe-eval' "
      + "https: 'self' 'unsafe-inline';style-src 'unsafe-inline' 'self';default-src 'self';img-src 'self' data:;"
      + "block-all-mixed-content;form-action 'self';frame-ancestors 'none';object-src 'none';"
      + "sandbox allow-forms allow-scripts allow-same-origin allow-popups allow-downloads";
  private static final Logger LOG = LoggerFactory.getLogger(MapTileImages.class);

  @Bean
  static BeanPostProcessor tileOriginInCockpitPolicy(org.springframework.core.env.Environment environment) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof CamundaBpmProperties camunda) {
          String tileUrl = environment.getProperty("directioncycle.map.tile-url");
          String attribution = environment.getProperty("directioncycle.map.tile-attribution");
          MapProperties map = new MapProperties(tileUrl, attribution);
          if (map.hasTiles()) {
            HeaderSecurityProperties headers = camunda.getWebapp().getHeaderSecurity();
            headers.setContentSecurityPolicyValue(withImageSource(headers.getContentSecurityPolicyValue(),
                map.imageSource()));
            LOG.info("Map tiles from {}: added to the webapps' Content-Security-Policy img-src", map.imageSource());
          }
        }
        return bean;
      }
    };
  }

  /** The policy (Camunda's default when none is set) with the source added to its `img-src`. */
  static String withImageSource(String policy, String source) {
    String base = policy == null || policy.isBlank() ? CAMUNDA_DEFAULT_POLICY : policy;
    if (!base.contains("img-src")) {
      return base + (base.strip().endsWith(";") ? "" : ";") + "img-src 'self' data: " + source;
    }
    return base.replaceFirst("img-src([^;]*)", "img-src$1 " + java.util.regex.Matcher.quoteReplacement(source));
  }
}

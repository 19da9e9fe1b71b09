package se.directioncycle.document;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class DocumentLinkConfiguration {

  @Bean
  FilterRegistrationBean<WebappSessionAuthenticationFilter> webappSessionForDocuments(IdentityService identityService,
      ProcessEngine engine) {
    FilterRegistrationBean<WebappSessionAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new WebappSessionAuthenticationFilter(identityService, engine.getName()));
    registration.addUrlPatterns("/documents/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}

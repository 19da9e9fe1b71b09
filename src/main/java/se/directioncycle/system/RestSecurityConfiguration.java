package se.directioncycle.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every HTTP entry point needs a login. The webapps (`/camunda/**`) have their own session login;
 * the engine REST API and the application's own API use HTTP Basic against Camunda's identity
 * service, which also sets the engine authentication so authorizations and tenant checks apply.
 */
@Configuration
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ExpressionQueryGuardFilter> expressionQueryGuard() {
    FilterRegistrationBean<ExpressionQueryGuardFilter> registration =
        new FilterRegistrationBean<>(new ExpressionQueryGuardFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SubmittedVariablesGuardFilter> submittedVariablesGuard() {
    FilterRegistrationBean<SubmittedVariablesGuardFilter> registration =
        new FilterRegistrationBean<>(new SubmittedVariablesGuardFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<VariableWriteBlockingFilter> variableWriteBlocking() {
    FilterRegistrationBean<VariableWriteBlockingFilter> registration =
        new FilterRegistrationBean<>(new VariableWriteBlockingFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupBlockingFilter> adminSetupBlocking() {
    FilterRegistrationBean<AdminSetupBlockingFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupBlockingFilter());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", "/actuator");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}

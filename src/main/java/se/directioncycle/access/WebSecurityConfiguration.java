package se.directioncycle.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.directioncycle.web.ErrorResponses;

/**
 * The outer layer, in front of every request: Spring Security's strict firewall and header writers. Who
 * the caller is stays Camunda's business (the webapps' session login, HTTP Basic against the engine's
 * identity service); what the caller may do is decided by {@link OperationGuard} on the matched operation.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfiguration {

  /** The webapps set a stricter policy of their own (with script nonces); this covers every other answer. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
  static final String EMBEDDABLE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'",
      "frame-ancestors *");
  private static final Logger LOG = LoggerFactory.getLogger(WebSecurityConfiguration.class);

  /**
   * The public promise pages are made to be embedded in a municipality's own website (another address): the same
   * policy, but any page may frame them. They have no forms, no login and no actions, so framing risks nothing.
   */
  @Bean
  @org.springframework.core.annotation.Order(1)
  SecurityFilterChain embeddablePublicPages(HttpSecurity http) throws Exception {
    return outer(http.securityMatcher("/medborgarloften/**"), EMBEDDABLE_CONTENT_SECURITY_POLICY, false);
  }

  @Bean
  SecurityFilterChain outerLayer(HttpSecurity http) throws Exception {
    return outer(http, CONTENT_SECURITY_POLICY, true);
  }

  private static SecurityFilterChain outer(HttpSecurity http, String contentSecurityPolicy, boolean sameOriginFrames)
      throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // the webapps have their own CSRF token filter; the APIs take HTTP Basic, which a browser never adds
        .csrf(csrf -> csrf.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .anonymous(anonymous -> anonymous.disable())
        .servletApi(servletApi -> servletApi.disable())
        .sessionManagement(sessions -> sessions.disable())
        .securityContext(context -> context.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frames -> {
              if (sameOriginFrames) {
                frames.sameOrigin();
              } else {
                frames.disable();
              }
            }));
    return http.build();
  }

  /** Refuses path parameters, encoded slashes, backslashes and percent signs, dot segments and `//`. */
  @Bean
  HttpFirewall strictFirewall() {
    return new StrictHttpFirewall();
  }

  /**
   * The firewall once more, first of all filters: Spring's own request-path parsing, which runs inside the
   * security filter chain but before its firewall, fails with a 500 on a path parameter in the first segment.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> firewallFirst(HttpFirewall firewall, RequestRejectedHandler handler) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException rejected) {
          handler.handle(request, response, rejected);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  RequestRejectedHandler swedishRejection() {
    return (request, response, rejected) -> {
      // the header writers never see a refused request
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("Referrer-Policy", "same-origin");
      LOG.warn("Firewall refused {} {}: {}", request.getMethod(), request.getRequestURI().length() > 200
          ? request.getRequestURI().substring(0, 200) + "…" : request.getRequestURI(), rejected.getMessage());
      ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
          "Adressen är skriven på ett sätt som inte tas emot (till exempel ;, // eller kodade tecken).");
    };
  }

  /**
   * HTTP Basic against Camunda's identity service for the engine REST API, the application API and the
   * actuator; it also sets the engine authentication, so authorizations and tenant checks apply.
   */
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

package se.directioncycle.council;

import se.directioncycle.engine.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.directioncycle.web.ErrorResponses;

/**
 * Deny by default for `/api/admin/**`: whatever handler matched there, only members of `camunda-admin` get past,
 * everyone else gets 403 before the body is read. A new admin endpoint cannot forget the check.
 */
@Configuration
class AdminApiGuard implements WebMvcConfigurer, HandlerInterceptor {

  static final String PATHS = "/api/admin/**";
  static final String REFUSED = "Bara administratören (gruppen camunda-admin) kan ändra rådens inställningar.";
  private static final Logger LOG = LoggerFactory.getLogger(AdminApiGuard.class);

  private final IdentityService identityService;

  AdminApiGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns(PATHS);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = CurrentUser.groups(caller);
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    LOG.info("Refused {} {}: caller is not in {}", request.getMethod(), PATHS, Groups.CAMUNDA_ADMIN);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getWriter().write(ErrorResponses.json("Forbidden", REFUSED));
    return false;
  }
}

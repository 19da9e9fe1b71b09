package se.directioncycle.document;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import se.directioncycle.web.ErrorResponses;

/**
 * Document links in Tasklist forms open in the browser, which has the webapps' login session but no
 * HTTP Basic credentials: `/documents/*` accepts that session. Groups and tenants are read afresh, so
 * authorizations and tenant checks are the same as in Tasklist.
 */
class WebappSessionAuthenticationFilter extends HttpFilter {

  private final IdentityService identityService;
  private final String engineName;

  WebappSessionAuthenticationFilter(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    if (login == null) {
      ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED,
          "Logga in i Tasklist först; dokumentet öppnas sedan härifrån.");
      return;
    }
    String userId = login.getIdentityId();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}

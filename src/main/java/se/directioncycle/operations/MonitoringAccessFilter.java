package se.directioncycle.operations;

import se.directioncycle.engine.CurrentUser;
import static se.directioncycle.council.CouncilIdentitySeeder.MONITORING_GROUP;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.directioncycle.web.ErrorResponses;

/**
 * Health and metrics span every municipality, so after the HTTP Basic login only the administrators
 * (`camunda-admin`) and the monitoring group may read them; a council member may not.
 */
class MonitoringAccessFilter extends HttpFilter {

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringAccessFilter.class);

  private final IdentityService identityService;

  MonitoringAccessFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> groups = CurrentUser.groups(authentication);
    if (groups.contains("camunda-admin") || groups.contains(MONITORING_GROUP)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("Refused {} to a user outside the monitoring group", request.getRequestURI());
    ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN,
        "Drift- och hälsouppgifter är bara för administratörer och driftgruppen.");
  }
}

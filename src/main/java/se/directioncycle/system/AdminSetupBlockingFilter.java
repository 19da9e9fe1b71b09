package se.directioncycle.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Admin webapp's first-run "create administrator" endpoint is never needed here (the
 * administrator comes from configuration) and is abusable (CVE-2026-77226), so it is closed.
 */
class AdminSetupBlockingFilter extends HttpFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupBlockingFilter.class);

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    LOG.warn("Refused a request to the admin setup endpoint from {}", request.getRemoteAddr());
    ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN,
        "Administratören skapas från konfigurationen; den här funktionen är avstängd.");
  }
}

package se.directioncycle.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process and task variables change only through a task's form (submit-form), where the server
 * checks every value. Camunda gives a task's candidates UPDATE on it, which would otherwise let a
 * member set any process variable of the cycle (a candidate group, a deadline) through the task.
 */
class VariableWriteBlockingFilter extends HttpFilter {

  private static final Logger LOG = LoggerFactory.getLogger(VariableWriteBlockingFilter.class);
  private static final Pattern VARIABLE_PATH = Pattern.compile(
      ".*/(task|process-instance|execution|case-instance|case-execution)/[^/]+/(variables|localVariables)(/.*)?$");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
        && VARIABLE_PATH.matcher(request.getRequestURI()).matches()) {
      LOG.warn("Refused a {} to variables at {}", request.getMethod(), request.getRequestURI());
      ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN,
          "Värden kan bara ändras genom uppgiftens formulär.");
      return;
    }
    chain.doFilter(request, response);
  }
}

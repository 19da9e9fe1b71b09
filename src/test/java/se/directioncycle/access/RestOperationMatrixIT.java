package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/**
 * Every resource method of every REST application the running application serves (the engine REST API and
 * each webapp API, taken from their own JAX-RS applications), called as every role: what the allowlist
 * does not give a role is refused by the guard, what it gives is not, and nothing answers 500. An endpoint
 * that a future Camunda release adds is refused here until someone puts it on the allowlist.
 */
@IntegrationTest
class RestOperationMatrixIT {

  private static final String JERSEY = "org.glassfish.jersey.servlet.ServletContainer";
  /** Unknown to every DTO, so an allowed write is refused while its body is read and changes nothing. */
  private static final String PROBE_BODY = "{\"matrixProbe\": true}";
  private static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("MEMBER", "alvkarleby-skola");
    USERS.put("CHAIR", "alvkarleby-ordforande");
    USERS.put("COORDINATOR", "alvkarleby-samordnare");
    USERS.put("ADMIN", "admin");
  }

  @LocalServerPort
  int port;
  @Autowired
  ServletContext servletContext;
  @Autowired
  ResourceConfig engineRest;

  record Mount(String prefix, List<JaxRsModel.Endpoint> endpoints, boolean engineApi) {}

  @Test
  void everyOperationIsRefusedUnlessTheRolesAllowlistHasIt() throws Exception {
    List<Mount> mounts = mounts();
    assertThat(mounts).extracting(Mount::prefix)
        .contains("/engine-rest", "/camunda/api/engine", "/camunda/api/cockpit", "/camunda/api/admin");
    List<String> failures = new ArrayList<>();
    int calls = 0;
    Set<String> seen = new TreeSet<>();
    for (String role : List.of("ANONYMOUS", "MEMBER", "CHAIR", "COORDINATOR", "ADMIN")) {
      CallerRole callerRole = role.equals("CHAIR") ? CallerRole.MEMBER : CallerRole.valueOf(role);
      Rest basic = role.equals("ANONYMOUS") ? Rest.anonymous(port) : Rest.as(port, USERS.get(role));
      WebappSession session = role.equals("ANONYMOUS") ? null
          : WebappSession.login(port, USERS.get(role), callerRole == CallerRole.MEMBER ? "tasklist" : "cockpit");
      for (Mount mount : mounts) {
        for (JaxRsModel.Endpoint endpoint : mount.endpoints()) {
          String path = mount.prefix() + concrete(endpoint.pathTemplate());
          seen.add(endpoint.operation());
          String contentType = endpoint.consumesForm() ? "application/x-www-form-urlencoded" : "application/json";
          String body = endpoint.httpMethod().matches("POST|PUT|DELETE")
              ? (endpoint.consumesForm() ? "username=matrix-probe&password=probe" : PROBE_BODY) : null;
          int status;
          String answer;
          if (mount.prefix().startsWith("/engine-rest") || session == null) {
            Rest.Response response = basic.send(endpoint.httpMethod(), path, body == null ? null : contentType, body);
            status = response.status();
            answer = response.body();
          } else {
            HttpResponse<String> response = session.send(endpoint.httpMethod(), path, body == null ? null : contentType,
                body);
            status = response.statusCode();
            answer = response.body();
          }
          calls++;
          String where = role + " " + endpoint.httpMethod() + " " + path + " (" + endpoint.operation() + ") → " + status;
          boolean refusedByGuard = (status == 403 || status == 401)
              && answer.contains("\"type\":\"" + OperationGuard.REFUSED_TYPE + "\"");
          // Jersey answers these before any resource method runs (a sub-resource locator's unknown id, media types)
          boolean neverReachedAMethod = List.of(404, 405, 406, 415).contains(status);
          boolean allowed = RestAllowlist.get().allows(callerRole, endpoint.operation());
          if (status >= 500) {
            failures.add(where + " " + abbreviate(answer));
          } else if (allowed && refusedByGuard) {
            failures.add(where + " refused although allowed");
          } else if (!allowed && status < 400) {
            failures.add(where + " answered although not allowed");
          } else if (!allowed && callerRole != CallerRole.ANONYMOUS && mount.engineApi() && !refusedByGuard
              && !neverReachedAMethod) {
            failures.add(where + " not refused by the guard: " + abbreviate(answer));
          }
        }
      }
    }
    System.out.printf("RestOperationMatrixIT: %d operations, %d calls, %d failures%n", seen.size(), calls,
        failures.size());
    assertThat(failures).as("%d calls", calls).isEmpty();
  }

  private List<Mount> mounts() throws Exception {
    List<Mount> mounts = new ArrayList<>();
    mounts.add(new Mount("/engine-rest", JaxRsModel.endpoints(engineRest.getClasses()), true));
    for (ServletRegistration registration : servletContext.getServletRegistrations().values()) {
      String application = registration.getInitParameter("jakarta.ws.rs.Application");
      if (JERSEY.equals(registration.getClassName()) && application != null) {
        Application jaxRs = (Application) Class.forName(application).getDeclaredConstructor().newInstance();
        Set<Class<?>> classes = new java.util.HashSet<>(jaxRs.getClasses());
        jaxRs.getSingletons().forEach(singleton -> classes.add(singleton.getClass()));
        for (String mapping : registration.getMappings()) {
          String prefix = mapping.replaceAll("/\\*$", "");
          mounts.add(new Mount(prefix, JaxRsModel.endpoints(classes), prefix.endsWith("/engine")));
        }
      }
    }
    return mounts;
  }

  /** A path with every parameter filled: the engine's name where one is asked for, an unknown id elsewhere. */
  static String concrete(String template) {
    return template.replaceAll("\\{(name|engine|engineName)(:[^}]*)?\\}", "default")
        .replaceAll("\\{[^}]+\\}", "matrix-unknown-id");
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}

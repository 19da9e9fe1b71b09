package se.directioncycle.access;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import se.directioncycle.web.ErrorResponses;
import org.slf4j.LoggerFactory;

/**
 * Decides on the resource method Jersey matched, never on the path: the caller's role (from the engine's
 * authentication of this request) must have the operation on the allowlist, and what it sends must be
 * plain, typed input ({@link RequestBodyCheck}). Runs in every Jersey application of the process.
 */
@Priority(Priorities.AUTHORIZATION)
class OperationGuard implements ContainerRequestFilter {

  static final String NOT_ALLOWED = "Du har inte behörighet att göra det här.";
  /** The error type of the guard's own refusals, so they can be told from the engine's. */
  static final String REFUSED_TYPE = "OperationNotAllowed";
  private static final Logger LOG = LoggerFactory.getLogger(OperationGuard.class);

  @Context
  private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (resourceInfo.getResourceMethod() == null) {
      return; // nothing matched: Jersey answers 404 or 405 itself
    }
    String operation = JaxRsOperation.key(request.getMethod(), resourceInfo.getResourceClass(),
        resourceInfo.getResourceMethod());
    Authentication caller = currentAuthentication();
    CallerRole role = CallerRole.of(caller);
    if (carriesPathParameters(request)) {
      refuse(request, 400, "Sökvägen får inte innehålla parametrar (;namn=värde).", operation, role);
      return;
    }
    if (!RestAllowlist.get().allows(role, operation)) {
      refuse(request, role == CallerRole.ANONYMOUS ? 401 : 403,
          role == CallerRole.ANONYMOUS ? "Du måste logga in." : NOT_ALLOWED, operation, role);
      return;
    }
    boolean hasEntity = request.hasEntity(); // false once the stream is read
    if (hasEntity || !request.getUriInfo().getQueryParameters().isEmpty()) {
      byte[] body = hasEntity ? request.getEntityStream().readNBytes(RequestBodyCheck.MAX_BYTES + 1) : new byte[0];
      String problem = RequestBodyCheck.problem(operation, request.getMediaType(), body,
          request.getUriInfo().getQueryParameters(), caller);
      if (problem != null) {
        refuse(request, body.length > RequestBodyCheck.MAX_BYTES ? 413 : 400, problem, operation, role);
        return;
      }
      if (hasEntity) {
        request.setEntityStream(new ByteArrayInputStream(body));
      }
    }
  }

  private static boolean carriesPathParameters(ContainerRequestContext request) {
    for (PathSegment segment : request.getUriInfo().getPathSegments(false)) {
      if (!segment.getMatrixParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Authentication currentAuthentication() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    return engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
  }

  private static void refuse(ContainerRequestContext request, int status, String message, String operation,
      CallerRole role) {
    LOG.warn("Refused {} ({}) for {} at {}: {}", operation, status, role, request.getUriInfo().getPath(false),
        status == 403 || status == 401 ? "not on the allowlist" : "bad input");
    request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorResponses.json(status == 403 || status == 401 ? REFUSED_TYPE : "InvalidRequestException",
            message))
        .build());
  }
}

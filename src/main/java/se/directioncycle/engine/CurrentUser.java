package se.directioncycle.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The person on whose behalf the engine runs the current command, for "submitted by" columns. */
public final class CurrentUser {

  private CurrentUser() {}

  public static String idOrNull() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }

  /** The municipalities (tenants) of an authentication; none for nobody or for a person in no tenant. */
  public static java.util.List<String> tenants(Authentication authentication) {
    return authentication == null || authentication.getTenantIds() == null
        ? java.util.List.of() : authentication.getTenantIds();
  }

  /** The groups of an authentication; none for nobody or for a person in no group. */
  public static java.util.List<String> groups(Authentication authentication) {
    return authentication == null || authentication.getGroupIds() == null
        ? java.util.List.of() : authentication.getGroupIds();
  }

  /** The caller of an endpoint behind a login filter (HTTP Basic on `/api/*`, the webapp session on `/documents/*`). */
  public static Authentication authenticated(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("/api/* runs behind the Basic login filter");
    }
    return authentication;
  }
}

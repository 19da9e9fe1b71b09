package se.directioncycle.system;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The person on whose behalf the engine runs the current command, for "submitted by" columns. */
public final class CurrentUser {

  private CurrentUser() {}

  public static String idOrNull() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }
}

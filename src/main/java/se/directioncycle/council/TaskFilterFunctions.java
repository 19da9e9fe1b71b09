package se.directioncycle.council;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The expression functions of Tasklist's shared filters (ADR 0023). {@code myOrganisationGroups()} gives the caller's
 * organisation groups and {@code myRoleGroups('coordinator')} their groups of one role, in every municipality they
 * belong to. One filter for each kind then serves all municipalities.
 *
 * <p>Why: each time Tasklist lists its filters, the engine walks every filter of the installation with its
 * authorization check. Filters made per municipality therefore made that list slower with every municipality.
 *
 * <p>A group counts when its id is {@code <municipality>-<code>} for one of the caller's municipalities (tenants).
 * The code then names a role or, if it names none, an organisation.
 */
@Component
public class TaskFilterFunctions extends AbstractProcessEnginePlugin {

  static final String ORGANISATION_GROUPS = "myOrganisationGroups";
  static final String ROLE_GROUPS = "myRoleGroups";
  /** No group has this id (ids are letters, digits and dashes): a caller without such a group matches no task. */
  static final String NO_GROUP = " ";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getExpressionManager().addFunction(ORGANISATION_GROUPS, method(ORGANISATION_GROUPS));
    configuration.getExpressionManager().addFunction(ROLE_GROUPS, method(ROLE_GROUPS, String.class));
  }

  /** The caller's groups of the organisations they work for, in each of their municipalities. */
  public static List<String> myOrganisationGroups() {
    return groups(code -> Arrays.stream(Role.values()).noneMatch(role -> role.code().equals(code)));
  }

  /** The caller's groups of one role ({@link Role#code()}), in each of their municipalities. */
  public static List<String> myRoleGroups(String role) {
    return groups(code -> code.equals(role));
  }

  private static List<String> groups(Predicate<String> code) {
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    List<String> found = new ArrayList<>();
    if (caller != null && caller.getGroupIds() != null && caller.getTenantIds() != null) {
      for (String group : caller.getGroupIds()) {
        for (String tenant : caller.getTenantIds()) {
          String groupCode = Municipality.codeOfGroup(tenant, group);
          if (groupCode != null && code.test(groupCode)) {
            found.add(group);
          }
        }
      }
    }
    // the engine refuses an empty list of candidate groups
    return found.isEmpty() ? List.of(NO_GROUP) : found;
  }

  private static Method method(String name, Class<?>... parameters) {
    try {
      return TaskFilterFunctions.class.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}

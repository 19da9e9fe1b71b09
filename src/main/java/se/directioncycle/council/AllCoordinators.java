package se.directioncycle.council;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * One group holds the coordinators' grants on all process definitions, instances, tasks, decisions and deployments
 * (ADR 0022), instead of the same five grants on every municipality's coordinator group: the engine checks each
 * filter, task and instance against every grant on all resources, so with 290 municipalities those 1,450 identical
 * rows made Tasklist's filter list take 1.7 s. The tenant check still keeps each coordinator to their own
 * municipalities, as it did.
 *
 * <p>The engine's identity store ({@link FollowingIdentityStore}, under the login throttle's password check in
 * {@code throttle.ThrottlingIdentityProvider}) keeps the group's members the people of any coordinator group,
 * whoever changes a membership (the seeding, the council administration, the Admin webapp or the REST API):
 * someone who stops being a coordinator everywhere leaves the group in the same transaction.
 * {@link CouncilIdentitySeeder} repairs the group at every start.
 */
public final class AllCoordinators {

  static final String GROUP = "all-coordinators";
  static final String NAME = "Samordnare i alla kommuner";

  /**
   * A coordinator is a member of a group named {@code <m>-coordinator}: the rule for this group's members and for
   * the REST guard's coordinator role ({@code access.CallerRole}).
   */
  public static boolean isCoordinatorGroup(String groupId) {
    return groupId != null && groupId.endsWith("-" + Role.COORDINATOR.code());
  }

  private AllCoordinators() {}

  /** The engine's database identity store, with the shared group following the coordinator groups. */
  public static class FollowingIdentityStore extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
      return followed(super.createMembership(userId, groupId), userId, groupId, true);
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      return followed(super.deleteMembership(userId, groupId), userId, groupId, false);
    }

    private IdentityOperationResult followed(IdentityOperationResult result, String userId, String groupId,
        boolean added) {
      if (isCoordinatorGroup(groupId)) {
        follow(userId, groupId, added);
      }
      return result;
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      List<String> members = isCoordinatorGroup(groupId) ? withoutChecks(() -> createUserQuery(commandContext())
          .memberOfGroup(groupId).list().stream().map(u -> u.getId()).toList()) : List.of();
      IdentityOperationResult result = super.deleteGroup(groupId);
      members.forEach(member -> follow(member, groupId, false));
      return result;
    }

    /**
     * The person is in the shared group exactly when they are in some coordinator group. The query sees the
     * memberships as they were before this command (its own change is not written yet), so the changed group
     * counts as {@code added} says.
     */
    private void follow(String userId, String changedGroup, boolean added) {
      withoutChecks(() -> {
        List<String> groups = createGroupQuery(commandContext()).groupMember(userId).list().stream()
            .map(Group::getId).toList();
        boolean coordinator = added || groups.stream()
            .anyMatch(group -> !group.equals(changedGroup) && isCoordinatorGroup(group));
        boolean shared = groups.contains(GROUP);
        if (coordinator && !shared && findGroupById(GROUP) != null) {
          super.createMembership(userId, GROUP);
        } else if (!coordinator && shared) {
          super.deleteMembership(userId, GROUP);
        }
        return null;
      });
    }

    /** The caller was allowed to change the coordinator group; the shared group follows without a check of its own. */
    private static <T> T withoutChecks(java.util.function.Supplier<T> work) {
      CommandContext context = commandContext();
      boolean enabled = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (enabled) {
          context.enableAuthorizationCheck();
        }
      }
    }

    private static CommandContext commandContext() {
      return Context.getCommandContext();
    }
  }
}

package se.directioncycle.access;

import se.directioncycle.engine.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The roles the allowlist knows, from the groups the engine holds for the caller (never from anything the
 * caller sends). Each role may do everything the roles before it may.
 */
enum CallerRole {
  ANONYMOUS, MEMBER, COORDINATOR, ADMIN;

  static final String ADMIN_GROUP = "camunda-admin";
  private static final String COORDINATOR_SUFFIX = "-coordinator";

  static CallerRole of(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return ANONYMOUS;
    }
    List<String> groups = CurrentUser.groups(authentication);
    if (groups.contains(ADMIN_GROUP)) {
      return ADMIN;
    }
    if (groups.stream().anyMatch(group -> group.endsWith(COORDINATOR_SUFFIX))) {
      return COORDINATOR;
    }
    return MEMBER;
  }

  boolean includes(CallerRole other) {
    return ordinal() >= other.ordinal();
  }
}

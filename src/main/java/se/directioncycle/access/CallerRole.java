package se.directioncycle.access;

import se.directioncycle.council.AllCoordinators;
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

  static CallerRole of(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return ANONYMOUS;
    }
    List<String> groups = CurrentUser.groups(authentication);
    if (groups.contains(ADMIN_GROUP)) {
      return ADMIN;
    }
    // the same rule that puts a person in the coordinators' shared group (ADR 0022)
    if (groups.stream().anyMatch(AllCoordinators::isCoordinatorGroup)) {
      return COORDINATOR;
    }
    return MEMBER;
  }

  boolean includes(CallerRole other) {
    return ordinal() >= other.ordinal();
  }
}

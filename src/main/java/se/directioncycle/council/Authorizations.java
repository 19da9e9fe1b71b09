package se.directioncycle.council;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants: running the seeding twice leaves the same authorizations. */
@Component
class Authorizations {

  private final AuthorizationService authorizationService;

  Authorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    Authorization target = authorization;
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!target.isPermissionGranted(permission)) {
        target.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(target);
    }
  }

  /** Deletes the group's grants on all resources ({@code *}) of these types, if it has any. */
  void removeGroupGrantsOnAll(String groupId, Resource... resources) {
    for (Resource resource : resources) {
      Authorization authorization = authorizationService.createAuthorizationQuery()
          .groupIdIn(groupId).resourceType(resource).resourceId(Authorization.ANY)
          .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
      if (authorization != null) {
        authorizationService.deleteAuthorization(authorization.getId());
      }
    }
  }

  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .userIdIn(Authorization.ANY).resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      authorization.setUserId(Authorization.ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      Arrays.stream(permissions).forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}

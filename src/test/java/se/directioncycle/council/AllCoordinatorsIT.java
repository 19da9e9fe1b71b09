package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;

/**
 * The coordinators' grants on all resources belong to one shared group (ADR 0022), whose members follow the
 * coordinator groups whoever changes them; a coordinator still reads what they read before.
 */
@IntegrationTest
class AllCoordinatorsIT {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  @Test
  void theGrantsOnAllResourcesAreTheSharedGroupsAndDoNotGrowWithTheMunicipalities() {
    List<String> coordinatorGroups = identityService.createGroupQuery().list().stream().map(Group::getId)
        .filter(AllCoordinators::isCoordinatorGroup).toList();
    assertThat(coordinatorGroups).contains("kalix-coordinator", "alvkarleby-coordinator");
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(coordinatorGroups.toArray(String[]::new))
        .resourceId(Authorization.ANY).count()).as("no municipality's coordinator group holds a grant on all").isZero();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(AllCoordinators.GROUP)
        .resourceId(Authorization.ANY).count()).isEqualTo(5);

    assertThat(members()).contains("kalix-samordnare", "alvkarleby-samordnare").doesNotContain("kalix-skola");
    // what the grants are for: Cockpit's lists, limited by the tenant check to the coordinator's municipality
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    assertThat(coordinator.get("/engine-rest/process-definition/count").json().path("count").asLong()).isPositive();
    assertThat(coordinator.get("/engine-rest/process-instance?tenantIdIn=alvkarleby").json()).isEmpty();
  }

  @Test
  void theSharedGroupFollowsEveryChangeOfACoordinatorGroup() {
    Rest admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    String person = "kalix-skola";
    try {
      assertThat(admin.send("PUT", "/engine-rest/group/kalix-coordinator/members/" + person, null, null).status()).isEqualTo(204);
      assertThat(members()).contains(person);
      identityService.createMembership(person, "alvkarleby-coordinator"); // a regional coordinator
      assertThat(admin.delete("/engine-rest/group/kalix-coordinator/members/" + person).status()).isEqualTo(204);
      assertThat(members()).as("still coordinator in Älvkarleby").contains(person);
      identityService.deleteMembership(person, "alvkarleby-coordinator");
      assertThat(members()).as("coordinator nowhere").doesNotContain(person);
    } finally {
      identityService.deleteMembership(person, "kalix-coordinator");
      identityService.deleteMembership(person, "alvkarleby-coordinator");
    }
    assertThat(members()).doesNotContain(person).contains("kalix-samordnare");
  }

  private List<String> members() {
    return identityService.createUserQuery().memberOfGroup(AllCoordinators.GROUP).list().stream()
        .map(u -> u.getId()).toList();
  }
}

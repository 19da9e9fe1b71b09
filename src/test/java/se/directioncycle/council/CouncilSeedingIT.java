package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/**
 * Seeding is idempotent, each demo person lands in the right tenant and groups, and the YAML fills the empty
 * council tables on the first start only.
 */
@IntegrationTest
class CouncilSeedingIT {

  @LocalServerPort
  int port;
  @Autowired
  CouncilIdentitySeeder councilSeeder;
  @Autowired
  DemoPeopleSeeder demoSeeder;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  MunicipalityRegistry municipalities;

  @Test
  void seedingTwiceChangesNothing() {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long tenants = identityService.createTenantQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    councilSeeder.seed();
    demoSeeder.seed();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    // the two demo municipalities of the YAML seed, and any a test created through /api/admin
    assertThat(identityService.createTenantQuery().count()).isEqualTo(tenants).isEqualTo(municipalities.all().size());
    assertThat(identityService.createTenantQuery().tenantIdIn("alvkarleby", "kalix").count()).isEqualTo(2);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void demoPeopleBelongToTheirMunicipalityAndGroups() {
    assertThat(identityService.createTenantQuery().userMember("alvkarleby-skola").includingGroupsOfUser(true).list())
        .extracting(t -> t.getId()).containsExactly("alvkarleby");
    assertThat(identityService.createGroupQuery().groupMember("alvkarleby-kommunpolis").list())
        .extracting(g -> g.getId()).containsExactly("alvkarleby-police");
    assertThat(identityService.createGroupQuery().groupMember("kalix-samordnare").list())
        .extracting(g -> g.getId()).contains("kalix-coordinator");
    assertThat(identityService.createUserQuery().userId("kalix-sakerhet").count())
        .as("Kalix has no security company").isZero();
    assertThat(identityService.checkPassword("alvkarleby-skola", Rest.DEMO_PASSWORD)).isTrue();
    assertThat(Rest.as(port, "admin").get("/engine-rest/user?memberOfGroup=camunda-admin").body()).contains("admin");
  }

  @Test
  void theAdministratorCanUseEveryWebappAndAMemberOnlyTasklist() {
    for (String app : List.of("admin", "cockpit", "tasklist")) {
      assertThat(WebappSession.loginStatus(port, "admin", app)).as(app).isEqualTo(200);
    }
    assertThat(WebappSession.loginStatus(port, "kalix-ifo", "tasklist")).isEqualTo(200);
    assertThat(WebappSession.loginStatus(port, "kalix-ifo", "cockpit")).isEqualTo(403);
    assertThat(WebappSession.loginStatus(port, "kalix-ifo", "admin")).isEqualTo(403);
  }

  @Test
  void theAdministratorSeesEverythingOfEveryMunicipality() {
    Rest admin = Rest.as(port, "admin");
    assertThat(admin.get("/engine-rest/process-definition/count").json().path("count").asLong())
        .as("Cockpit's process definitions").isGreaterThanOrEqualTo(2);
    assertThat(admin.get("/engine-rest/user/count").json().path("count").asLong())
        .as("Admin's user list: the administrator and every demo person").isGreaterThan(20);
    assertThat(admin.get("/engine-rest/group?member=kalix-skola").json().toString()).contains("kalix-school");
    assertThat(Rest.as(port, "kalix-samordnare").get("/engine-rest/user/count").json().path("count").asLong())
        .as("a coordinator is no administrator").isLessThan(admin.get("/engine-rest/user/count").json().path("count").asLong());
  }

  @Test
  void theFirstStartStoredTheYamlMunicipalitiesWithTheirOrganisationsAndAreas() {
    Municipality alvkarleby = municipalities.get("alvkarleby");
    assertThat(alvkarleby.name()).isEqualTo("Älvkarleby");
    assertThat(alvkarleby.policeArea()).isEqualTo("Norduppland");
    assertThat(alvkarleby.organisations()).extracting(Organisation::code).startsWith("school", "leisure",
        "social-services", "police", "rescue-service", "housing", "security-company");
    assertThat(alvkarleby.organisation("school")).isEqualTo(Organisation.SCHOOL);
    assertThat(alvkarleby.areas()).startsWith("Skutskär", "Älvkarleby", "Gårdskär");
    assertThat(municipalities.get("kalix").organisations()).extracting(Organisation::code)
        .doesNotContain("security-company", "rescue-service", "leisure-second");
  }
}

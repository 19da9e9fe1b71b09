package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/**
 * ADR 0020: the engine does not check REVOKE authorizations, so none can be made. The administrator's "add
 * authorization" (Admin webapp and engine REST API) is refused for anything but a grant or a global authorization,
 * and a database that holds a REVOKE row anyway stops the engine at start.
 */
@IntegrationTest
class GrantOnlyAuthorizationsIT {

  private static final String RESOURCE_ID = "grant-only-it";

  @LocalServerPort
  int port;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  ProcessEngine engine;
  @Autowired
  List<ProcessEnginePlugin> plugins;

  @AfterEach
  void removeWhatTheTestMade() {
    authorizations.createAuthorizationQuery().resourceId(RESOURCE_ID).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void theEngineDoesNotLookForRevokes() {
    assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  void anAdministratorCannotCreateARevokeAuthorization() {
    WebappSession admin = WebappSession.login(port, "admin", "admin");
    for (String type : List.of("2", "\"2\"", "2.0", "null", "7")) {
      String body = "{\"type\": " + type + ", \"permissions\": [\"READ\"], \"userId\": \"alvkarleby-skola\", "
          + "\"groupId\": null, \"resourceType\": 0, \"resourceId\": \"" + RESOURCE_ID + "\"}";
      HttpResponse<String> viaAdmin = admin.send("POST", "/camunda/api/engine/engine/default/authorization/create",
          "application/json", body);
      Rest.Response viaRest = Rest.as(port, "admin").post("/engine-rest/authorization/create", body);
      assertThat(viaAdmin.statusCode()).as("Admin webapp, type %s", type).isEqualTo(400);
      assertThat(viaAdmin.body()).contains("Spärrande behörigheter");
      assertThat(viaRest.status()).as("engine REST API, type %s", type).isEqualTo(400);
      assertThat(viaRest.message()).contains("Spärrande behörigheter (typ 2, \"Revoke\") används inte här");
    }
    Rest.Response withoutType = Rest.as(port, "admin").post("/engine-rest/authorization/create",
        "{\"permissions\": [\"READ\"], \"userId\": \"alvkarleby-skola\", \"resourceType\": 0, \"resourceId\": \""
            + RESOURCE_ID + "\"}");
    assertThat(withoutType.status()).isEqualTo(400);
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
  }

  @Test
  void grantsAreCreatedAsBefore() {
    WebappSession admin = WebappSession.login(port, "admin", "admin");
    HttpResponse<String> grant = admin.send("POST", "/camunda/api/engine/engine/default/authorization/create",
        "application/json", "{\"type\": 1, \"permissions\": [\"ACCESS\"], \"userId\": null, \"groupId\": "
            + "\"alvkarleby-school\", \"resourceType\": 0, \"resourceId\": \"" + RESOURCE_ID + "\"}");
    assertThat(grant.statusCode()).as(grant.body()).isEqualTo(200);
    assertThat(authorizations.createAuthorizationQuery().resourceId(RESOURCE_ID).singleResult().getAuthorizationType())
        .isEqualTo(Authorization.AUTH_TYPE_GRANT);
  }

  @Test
  void aRevokeRowInTheDatabaseStopsTheEngineAtStart() {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("alvkarleby-skola");
    revoke.setResource(Resources.APPLICATION);
    revoke.setResourceId(RESOURCE_ID);
    revoke.removePermission(Permissions.ACCESS);
    authorizations.saveAuthorization(revoke);
    // the plugin the engine was built with (a bean; the starter hands the engine all of them in one composite)
    ProcessEnginePlugin grantOnly = plugins.stream()
        .filter(plugin -> plugin.getClass().getSimpleName().startsWith("GrantOnlyAuthorizations")).findFirst()
        .orElseThrow();
    assertThatThrownBy(() -> grantOnly.postProcessEngineBuild(engine))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 REVOKE authorization(s)");
  }
}

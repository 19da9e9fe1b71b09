package se.directioncycle.council;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently, each municipality's tenant, its council groups, what each group may do,
 * and the administrator (TaskFilterSeeder adds the Tasklist filters). Runs at every start on every node.
 */
@Component
public class CouncilIdentitySeeder {

  /** Must match operations.MonitoringAccessFilter. */
  public static final String MONITORING_GROUP = "monitoring";
  private static final Logger LOG = LoggerFactory.getLogger(CouncilIdentitySeeder.class);

  private final MunicipalityRegistry municipalities;
  private final AdminCredentials admin;
  private final IdentityService identityService;
  private final Authorizations authorizations;

  CouncilIdentitySeeder(MunicipalityRegistry municipalities, AdminCredentials admin, IdentityService identityService,
      Authorizations authorizations) {
    this.municipalities = municipalities;
    this.admin = admin;
    this.identityService = identityService;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void seed() {
    seedAdministrator();
    seedAllCoordinators();
    for (Municipality municipality : municipalities.all()) {
      seedMunicipality(municipality);
    }
    repairAllCoordinators();
    LOG.info("Seeded identity for {} municipalities", municipalities.all().size());
  }

  /**
   * Coordinators follow and start their municipalities' cycles: the grants on all resources are the shared group's
   * (ADR 0022); the tenant check keeps each coordinator inside their municipalities.
   */
  private void seedAllCoordinators() {
    ensureGroup(AllCoordinators.GROUP, AllCoordinators.NAME, Groups.GROUP_TYPE_WORKFLOW);
    String group = AllCoordinators.GROUP;
    authorizations.grantGroup(group, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY,
        CREATE_INSTANCE);
    authorizations.grantGroup(group, PROCESS_INSTANCE, Authorization.ANY, READ, CREATE);
    authorizations.grantGroup(group, TASK, Authorization.ANY, READ);
    authorizations.grantGroup(group, DECISION_DEFINITION, Authorization.ANY, READ,
        org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY);
    authorizations.grantGroup(group, DEPLOYMENT, Authorization.ANY, READ);
  }

  /**
   * The shared group's members are the people of any coordinator group. The identity store keeps it so at every
   * change; this repairs what happened outside the engine, and brings installations from before ADR 0022 over.
   */
  private void repairAllCoordinators() {
    java.util.Set<String> coordinators = new java.util.HashSet<>();
    for (Group group : identityService.createGroupQuery().list()) {
      if (AllCoordinators.isCoordinatorGroup(group.getId())) {
        identityService.createUserQuery().memberOfGroup(group.getId()).list().forEach(u -> coordinators.add(u.getId()));
      }
    }
    coordinators.forEach(user -> ensureMembership(user, AllCoordinators.GROUP));
    for (User member : identityService.createUserQuery().memberOfGroup(AllCoordinators.GROUP).list()) {
      if (!coordinators.contains(member.getId())) {
        identityService.deleteMembership(member.getId(), AllCoordinators.GROUP);
      }
    }
  }

  private void seedAdministrator() {
    ensureGroup(Groups.CAMUNDA_ADMIN, "Administratörer", Groups.GROUP_TYPE_SYSTEM);
    if (identityService.createUserQuery().userId(admin.username()).count() == 0) {
      User user = identityService.newUser(admin.username());
      user.setFirstName("Administratör");
      user.setLastName("Inriktningscykeln");
      user.setPassword(admin.password());
      try {
        identityService.saveUser(user);
      } catch (RuntimeException e) {
        throw new IllegalStateException("Cannot create the administrator '" + admin.username()
            + "': " + e.getMessage() + " (the password needs at least 10 characters with upper and lower case, "
            + "a digit and a special character, and must not contain the user name)", e);
      }
      LOG.info("Created administrator user '{}'", admin.username());
    }
    ensureMembership(admin.username(), Groups.CAMUNDA_ADMIN);
    // Camunda 7.24 filters queries by authorizations for administrators too (only single-object checks and the
    // tenant check let camunda-admin pass), so the group gets ALL on every resource, as Camunda's own first-run
    // setup would grant; without it the administrator's Cockpit and Admin show nothing.
    for (Resources resource : Resources.values()) {
      authorizations.grantGroup(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    // operators' accounts (health, metrics) join this group; it grants nothing inside the engine
    ensureGroup(MONITORING_GROUP, "Drift (hälsa och mätvärden)", Groups.GROUP_TYPE_SYSTEM);
  }

  /**
   * The municipality's tenant, groups and grants, created or brought up to date: at every start, and at once when
   * the administrator creates or changes a municipality or organisation ({@link CouncilAdministration}).
   */
  void seedMunicipality(Municipality municipality) {
    Tenant tenant = identityService.createTenantQuery().tenantId(municipality.id()).singleResult();
    if (tenant == null || !municipality.name().equals(tenant.getName())) {
      tenant = tenant == null ? identityService.newTenant(municipality.id()) : tenant;
      tenant.setName(municipality.name());
      identityService.saveTenant(tenant);
    }
    for (Role role : Role.values()) {
      String group = municipality.group(role);
      ensureGroup(group, role.swedishName() + " " + municipality.name(), Groups.GROUP_TYPE_WORKFLOW);
      ensureTenantMembership(municipality.id(), group);
      authorizations.grantGroup(group, APPLICATION, "tasklist", ACCESS);
    }
    // a retired organisation keeps its group: its people still see the tasks and history they had
    for (Organisation organisation : java.util.stream.Stream.concat(municipality.organisations().stream(),
        municipality.retiredOrganisations().stream()).toList()) {
      String group = municipality.group(organisation);
      ensureGroup(group, organisation.swedishName() + " " + municipality.name(), Groups.GROUP_TYPE_WORKFLOW);
      ensureTenantMembership(municipality.id(), group);
      authorizations.grantGroup(group, APPLICATION, "tasklist", ACCESS);
    }
    grantCoordinator(municipality.group(Role.COORDINATOR));
  }

  /**
   * A municipality's coordinators open Cockpit; what they read there comes from the shared group
   * ({@link AllCoordinators}), whose grants on all resources this group held itself before ADR 0022.
   */
  private void grantCoordinator(String group) {
    authorizations.grantGroup(group, APPLICATION, "cockpit", ACCESS);
    authorizations.removeGroupGrantsOnAll(group, PROCESS_DEFINITION, PROCESS_INSTANCE, TASK, DECISION_DEFINITION, DEPLOYMENT);
  }

  /** Creates the group, or gives it the name the stored council now has (after a rename). */
  void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    } else if (!name.equals(group.getName())) {
      group.setName(name);
      identityService.saveGroup(group);
    }
  }

  void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void ensureTenantMembership(String tenantId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }
}

package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.junit.jupiter.api.Test;

/** Every operation the allowlist names exists in the REST APIs, so a typo cannot open or close the wrong thing. */
class RestAllowlistTest {

  @Test
  void everyListedOperationExists() {
    Set<String> known = known();
    RestAllowlist.get().byRole().values().forEach(operations ->
        assertThat(known).as("operations of the REST APIs").containsAll(operations));
  }

  @Test
  void membersMayWriteOnlyThroughTheirTasksForms() {
    Set<String> memberWrites = RestAllowlist.get().byRole().getOrDefault(CallerRole.MEMBER, Set.of()).stream()
        .filter(operation -> !operation.startsWith("GET ") && !operation.startsWith("OPTIONS "))
        .collect(Collectors.toSet());
    assertThat(memberWrites).allSatisfy(operation -> assertThat(operation).matches(
        "POST (TaskResource#(submit|claim|unclaim)|TaskRestService#queryTasks(Count)?|FilterResource#(queryList|queryCount))"));
  }

  static Set<String> known() {
    List<Class<?>> roots = new java.util.ArrayList<>(CamundaRestResources.getResourceClasses());
    roots.add(org.camunda.bpm.webapp.impl.security.auth.UserAuthenticationResource.class);
    roots.add(org.camunda.bpm.cockpit.impl.plugin.resources.CockpitPluginsRootResource.class);
    roots.add(org.camunda.bpm.cockpit.impl.plugin.resources.BaseRootResource.class);
    roots.add(org.camunda.bpm.tasklist.impl.plugin.resources.TasklistPluginsRootResource.class);
    roots.add(org.camunda.bpm.admin.impl.plugin.resources.AdminPluginsRootResource.class);
    roots.add(org.camunda.bpm.welcome.impl.plugin.resources.WelcomePluginsRootResource.class);
    roots.add(se.directioncycle.dashboard.DashboardRootResource.class);
    return JaxRsModel.endpoints(roots).stream().map(JaxRsModel.Endpoint::operation).collect(Collectors.toSet());
  }
}

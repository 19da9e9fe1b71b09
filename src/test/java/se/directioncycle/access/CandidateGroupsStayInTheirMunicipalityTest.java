package se.directioncycle.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;

/** A municipality's task is never created for another municipality's group, whatever the routing variables say. */
class CandidateGroupsStayInTheirMunicipalityTest {

  private final CandidateGroupsStayInTheirMunicipality rule = new CandidateGroupsStayInTheirMunicipality();

  @Test
  void aTaskForTheMunicipalitysOwnGroupsIsCreated() {
    assertThatCode(() -> rule.notify(task("alvkarleby", "alvkarleby-police", "alvkarleby-coordinator")))
        .doesNotThrowAnyException();
  }

  @Test
  void aTaskRoutedToAnotherMunicipalitysGroupIsRefused() {
    assertThatThrownBy(() -> rule.notify(task("alvkarleby", "alvkarleby-police", "kalix-police")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("kalix-police").hasMessageContaining("alvkarleby");
  }

  @Test
  void aGroupThatOnlyStartsLikeTheMunicipalityIsRefused() {
    // "alvkarlebyx-…" is not "alvkarleby-…": the separator is part of the rule
    assertThatThrownBy(() -> rule.notify(task("alvkarleby", "alvkarlebyx-police")))
        .isInstanceOf(ProcessEngineException.class);
    assertThatThrownBy(() -> rule.notify(task("alvkarleby", "camunda-admin")))
        .isInstanceOf(ProcessEngineException.class);
  }

  private static DelegateTask task(String tenant, String... groups) {
    Set<IdentityLink> candidates = java.util.Arrays.stream(groups).map(group -> {
      IdentityLinkEntity link = new IdentityLinkEntity();
      link.setGroupId(group);
      link.setType("candidate");
      return (IdentityLink) link;
    }).collect(Collectors.toSet());
    return (DelegateTask) Proxy.newProxyInstance(DelegateTask.class.getClassLoader(), new Class<?>[] {DelegateTask.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getTenantId" -> tenant;
          case "getCandidates" -> candidates;
          case "getTaskDefinitionKey" -> "UserTask_Example";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}

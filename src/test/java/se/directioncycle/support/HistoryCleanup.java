package se.directioncycle.support;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** The engine's history cleanup as the job executor would run it, and an instance that leaves an operation log. */
@Component
public class HistoryCleanup {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  HistoryCleanup(RuntimeService runtimeService, HistoryService historyService, ManagementService managementService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /**
   * Ends a running instance the way an administrator would: a variable set, then the instance deleted, both in the
   * user operation log with the instance's id.
   */
  public void endAsAdministrator(String processInstanceId, String tenant) {
    identityService.setAuthentication("admin", List.of("camunda-admin"), List.of(tenant));
    try {
      runtimeService.setVariable(processInstanceId, "cleanupTest", "x");
      runtimeService.deleteProcessInstance(processInstanceId, "history cleanup test");
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** One run of the engine's history cleanup, now, whatever its window. */
  public void run() {
    Job job = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(job.getId());
  }

  public long operationLogOf(String processInstanceId) {
    return historyService.createUserOperationLogQuery().processInstanceId(processInstanceId).count();
  }
}

package se.directioncycle.access;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.UserTaskCreateListenerPlugin;

/**
 * A task of a municipality goes only to that municipality's groups ({@code <municipality>-<code>}). The groups
 * come from process variables that no caller may write; should one be forged anyway, the task is not created
 * and the step fails in the open (an incident) instead of sending work to another municipality.
 */
@Component
class CandidateGroupsStayInTheirMunicipality extends UserTaskCreateListenerPlugin {

  CandidateGroupsStayInTheirMunicipality() {
    super(true);
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getTenantId() == null) {
      return;
    }
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null && !link.getGroupId().startsWith(task.getTenantId() + "-")) {
        throw new ProcessEngineException("Task " + task.getTaskDefinitionKey() + " of tenant " + task.getTenantId()
            + " was routed to group " + link.getGroupId() + " of another municipality; refused");
      }
    }
  }
}

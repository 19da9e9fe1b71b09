package se.directioncycle.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Whether a task was created by the running command: it is in the command's entity cache and not yet written. The
 * database holds nothing that belongs to such a task (its id is new, and what the command made for it is written
 * together with it at the end), so a query for its variables or its grants can only answer "none".
 */
final class CreatedInThisCommand {

  private CreatedInThisCommand() {}

  static boolean task(String taskId) {
    if (taskId == null || Context.getCommandContext() == null) {
      return false;
    }
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    TaskEntity task = entities.getCachedEntity(TaskEntity.class, taskId);
    return task != null && entities.getDbEntityCache().isTransient(task);
  }
}

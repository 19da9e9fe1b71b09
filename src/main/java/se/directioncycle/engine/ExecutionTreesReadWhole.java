package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A job or a task that a command works on sits in an execution inside sub-processes and multi-instance bodies. The
 * engine reads that execution (or the process instance) by its id and then, as soon as it needs a parent, the whole
 * execution tree of the process instance: two queries, the second returning the first's row again. Here the
 * execution or process instance of a job or task already loaded by the command is read with its tree in one query,
 * and the tree, once read, answers the command's later requests for it. The rows are those the engine would have
 * read: the command writes nothing before it ends, and each answer is filtered through the command's entity cache as
 * the engine's own query is. (The command's manager lives as long as the command.)
 */
@Component
class ExecutionTreesReadWhole extends ManagerReplacement {

  ExecutionTreesReadWhole() {
    super(ExecutionManager.class, Manager::new);
  }

  /** The engine's manager, one per command, reading each process instance's execution tree once. */
  static class Manager extends ExecutionManager {

    /** Per process instance id: its executions as first read in this command. */
    private final Map<String, List<ExecutionEntity>> trees = new HashMap<>();

    @Override
    public ExecutionEntity findExecutionById(String executionId) {
      DbEntityManager entities = getDbEntityManager();
      if (executionId != null && entities.getCachedEntity(ExecutionEntity.class, executionId) == null) {
        String processInstanceId = processInstanceOfLoadedJobOrTask(entities, executionId);
        if (processInstanceId != null) {
          for (ExecutionEntity execution : findExecutionsByProcessInstanceId(processInstanceId)) {
            if (execution.getId().equals(executionId)) {
              return execution;
            }
          }
        }
      }
      return super.findExecutionById(executionId);
    }

    @Override
    public List<ExecutionEntity> findExecutionsByProcessInstanceId(String processInstanceId) {
      return new ArrayList<>(trees.computeIfAbsent(processInstanceId, super::findExecutionsByProcessInstanceId));
    }

    /**
     * The process instance of a job or task in the command's cache that waits in this execution or belongs to this
     * process instance, if any.
     */
    private static String processInstanceOfLoadedJobOrTask(DbEntityManager entities, String executionId) {
      // jobs are cached under the key of their common base class, which a query by JobEntity does not find
      for (AcquirableJobEntity cached : entities.getCachedEntitiesByType(AcquirableJobEntity.class)) {
        if (cached instanceof JobEntity job
            && (executionId.equals(job.getExecutionId()) || executionId.equals(job.getProcessInstanceId()))) {
          return job.getProcessInstanceId();
        }
      }
      for (TaskEntity task : entities.getCachedEntitiesByType(TaskEntity.class)) {
        if (executionId.equals(task.getExecutionId()) || executionId.equals(task.getProcessInstanceId())) {
          return task.getProcessInstanceId();
        }
      }
      return null;
    }
  }
}

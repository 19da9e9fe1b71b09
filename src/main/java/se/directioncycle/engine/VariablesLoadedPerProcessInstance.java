package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.springframework.stereotype.Component;

/**
 * The engine loads a scope's variables with one query per scope: reading a variable of the process instance from a
 * task inside a multi-instance sub-process asks for the task's, its execution's, the multi-instance body's, the
 * sub-process's and the process instance's variables, five queries in one command. Here the first such load in a
 * command reads all variables of the process instance at once, and every later load of one of its executions or tasks
 * in the same command is answered from that read (the command's manager lives as long as the command). The command
 * itself changes nothing in between: it writes at its end, and it can change a scope's variables only after loading
 * that scope. Another node may commit in between, as it may between the engine's own read of the execution tree and
 * of a scope; every write is checked against the revision read, so a stale read ends in an optimistic-locking
 * failure and a retry, as with the engine's prefetched execution tree.
 *
 * <p>A new task's variables are not asked for at all: the engine starts a new execution with an empty variable store,
 * but a new task's store is loaded the first time anything reads or sets one of its variables (our create listeners
 * do, for every task: its title, its empty form fields). For a task created by the same command the database has
 * none ({@link CreatedInThisCommand}); the variables set on it are held in memory and written with it, as before.
 */
@Component
class VariablesLoadedPerProcessInstance extends ManagerReplacement {

  VariablesLoadedPerProcessInstance() {
    super(VariableInstanceManager.class, Manager::new);
  }

  /** The engine's manager, one per command, answering scope loads from one read per process instance. */
  static class Manager extends VariableInstanceManager {

    /** Per process instance id: its variables as first read in this command. */
    private final Map<String, ProcessInstanceVariables> read = new HashMap<>();

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
        Collection<String> variableNames) {
      if (CreatedInThisCommand.task(taskId)) {
        return new ArrayList<>();
      }
      TaskEntity task = getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
      if (task == null || task.getProcessInstanceId() == null) {
        return super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames);
      }
      return named(of(task.getProcessInstanceId()).byTask().get(taskId), variableNames);
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByExecutionIdAndVariableNames(String executionId,
        Collection<String> variableNames) {
      ExecutionEntity execution = getDbEntityManager().getCachedEntity(ExecutionEntity.class, executionId);
      if (execution == null || execution.getProcessInstanceId() == null) {
        return super.findVariableInstancesByExecutionIdAndVariableNames(executionId, variableNames);
      }
      return named(of(execution.getProcessInstanceId()).byExecution().get(executionId), variableNames);
    }

    private ProcessInstanceVariables of(String processInstanceId) {
      return read.computeIfAbsent(processInstanceId,
          id -> ProcessInstanceVariables.of(findVariableInstancesByProcessInstanceId(id)));
    }

    /** A copy (the engine's stores keep what they are given) of the variables, only those named if names are given. */
    private static List<VariableInstanceEntity> named(List<VariableInstanceEntity> variables, Collection<String> names) {
      List<VariableInstanceEntity> answer = new ArrayList<>();
      if (variables != null) {
        for (VariableInstanceEntity variable : variables) {
          if (names == null || names.isEmpty() || names.contains(variable.getName())) {
            answer.add(variable);
          }
        }
      }
      return answer;
    }
  }

  /**
   * A process instance's variables by the scope they belong to: a task's are its own (the engine's query for an
   * execution's variables leaves out those of its tasks).
   */
  record ProcessInstanceVariables(Map<String, List<VariableInstanceEntity>> byExecution,
      Map<String, List<VariableInstanceEntity>> byTask) {

    static ProcessInstanceVariables of(List<VariableInstanceEntity> variables) {
      Map<String, List<VariableInstanceEntity>> byExecution = new HashMap<>();
      Map<String, List<VariableInstanceEntity>> byTask = new HashMap<>();
      for (VariableInstanceEntity variable : variables) {
        if (variable.getTaskId() != null) {
          byTask.computeIfAbsent(variable.getTaskId(), id -> new ArrayList<>()).add(variable);
        } else if (variable.getExecutionId() != null) {
          byExecution.computeIfAbsent(variable.getExecutionId(), id -> new ArrayList<>()).add(variable);
        }
      }
      return new ProcessInstanceVariables(byExecution, byTask);
    }
  }
}

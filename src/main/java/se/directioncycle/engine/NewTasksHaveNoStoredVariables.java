package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.springframework.stereotype.Component;

/**
 * The engine starts a new execution with an empty variable store, but a new task's store is loaded from the database
 * the first time anything reads or sets one of its variables (our create listeners do, for every task: its title,
 * its empty form fields). For a task created by the same command the database has none ({@link
 * CreatedInThisCommand}), so that query is answered "none" without asking; the variables set on the new task are
 * held in memory and written with it, as before.
 */
@Component
class NewTasksHaveNoStoredVariables extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineManagers.replace(configuration, VariableInstanceManager.class, Manager::new);
  }

  /** The engine's manager, answering a new task's variables itself. */
  static class Manager extends VariableInstanceManager {

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskId(String taskId) {
      return CreatedInThisCommand.task(taskId) ? new ArrayList<>() : super.findVariableInstancesByTaskId(taskId);
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
        Collection<String> variableNames) {
      return CreatedInThisCommand.task(taskId) ? new ArrayList<>()
          : super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames);
    }
  }
}

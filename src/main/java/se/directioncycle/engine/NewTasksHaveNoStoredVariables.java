package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
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
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    // under the engine's own session type, so that every command's getVariableInstanceManager() is this one
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return VariableInstanceManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
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

package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * An engine plugin that puts a subclass of one of the engine's managers in the engine's place: registered under the
 * engine's own session type, so that every command's {@code getXxxManager()} returns ours, a new one per command.
 */
abstract class ManagerReplacement extends AbstractProcessEnginePlugin {

  private final Class<?> type;
  private final Supplier<? extends Session> manager;

  protected <T extends Session> ManagerReplacement(Class<? super T> type, Supplier<T> manager) {
    this.type = type;
    this.manager = manager;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}

package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Puts a subclass of one of the engine's managers in the engine's place, for every command. */
final class EngineManagers {

  private EngineManagers() {}

  /**
   * Registers the manager under the engine's own session type, so that every command's {@code getXxxManager()}
   * returns ours; to be called from a plugin's {@code preInit}.
   */
  static <T extends Session> void replace(ProcessEngineConfigurationImpl configuration, Class<? super T> type,
      Supplier<T> manager) {
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

package se.directioncycle.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * An engine plugin that puts subclasses of the engine's managers in the engine's place: each registered under the
 * engine's own session type, so that every command's {@code getXxxManager()} returns ours, a new one per command.
 */
abstract class ManagerReplacement extends AbstractProcessEnginePlugin {

  private final List<SessionFactory> factories = new ArrayList<>();

  protected <T extends Session> ManagerReplacement(Class<? super T> type, Supplier<T> manager) {
    alsoReplace(type, manager);
  }

  /** Another of the engine's managers replaced by the same plugin. */
  protected final <T extends Session> void alsoReplace(Class<? super T> type, Supplier<T> manager) {
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
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> all = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      all.addAll(configuration.getCustomSessionFactories());
    }
    all.addAll(factories);
    configuration.setCustomSessionFactories(all);
  }
}

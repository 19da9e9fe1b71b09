package se.directioncycle.dashboard;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/** Cockpit creates its plugin resources itself (JAX-RS), outside Spring; they find the dashboard here. */
@Component
class SpringBeans implements ApplicationContextAware {

  private static ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) {
    context = applicationContext;
  }

  static <T> T get(Class<T> type) {
    if (context == null) {
      throw new IllegalStateException("The application context is not ready");
    }
    return context.getBean(type);
  }
}

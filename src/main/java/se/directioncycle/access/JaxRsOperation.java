package se.directioncycle.access;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names a JAX-RS operation by the HTTP method and the type that declares the resource method's JAX-RS
 * annotations ({@code POST TaskResource#submit}; other applications' types carry a prefix,
 * {@code GET Cockpit.ProcessInstanceRestService#...}): Camunda annotates interfaces and serves them through
 * implementation classes, so this is the same name whichever class serves it and whatever the path.
 */
final class JaxRsOperation {

  private static final Map<Method, String> DECLARING_TYPES = new ConcurrentHashMap<>();

  private JaxRsOperation() {}

  static String key(String httpMethod, Class<?> resourceClass, Method resourceMethod) {
    String type = DECLARING_TYPES.computeIfAbsent(resourceMethod, method -> declaringType(resourceClass, method));
    return httpMethod + " " + type + "#" + resourceMethod.getName();
  }

  /** The HTTP method a Java method is annotated with (directly, not inherited), or null. */
  static String httpMethodOf(Method method) {
    for (Annotation annotation : method.getDeclaredAnnotations()) {
      HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (httpMethod != null) {
        return httpMethod.value();
      }
    }
    return null;
  }

  private static String declaringType(Class<?> resourceClass, Method method) {
    Deque<Class<?>> types = new ArrayDeque<>();
    types.add(resourceClass);
    types.add(method.getDeclaringClass());
    while (!types.isEmpty()) {
      Class<?> type = types.poll();
      try {
        Method candidate = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
        if (httpMethodOf(candidate) != null) {
          return qualified(type);
        }
      } catch (NoSuchMethodException notHere) {
        // look further up
      }
      if (type.getSuperclass() != null) {
        types.add(type.getSuperclass());
      }
      types.addAll(java.util.List.of(type.getInterfaces()));
    }
    return qualified(method.getDeclaringClass());
  }

  /**
   * The engine REST API's types by their simple names; others with the application they belong to, since
   * Cockpit has its own {@code ProcessInstanceRestService} and the like.
   */
  private static String qualified(Class<?> type) {
    String name = type.getName();
    String application = name.startsWith("org.camunda.bpm.engine.rest.") ? ""
        : name.startsWith("org.camunda.bpm.cockpit.") ? "Cockpit."
        : name.startsWith("org.camunda.bpm.admin.") ? "Admin."
        : name.startsWith("org.camunda.bpm.tasklist.") ? "Tasklist."
        : name.startsWith("org.camunda.bpm.welcome.") ? "Welcome."
        : name.startsWith("org.camunda.bpm.webapp.") ? "Webapp."
        : name.startsWith("se.directioncycle.") ? "App." : "Other.";
    return application + type.getSimpleName();
  }
}

package se.directioncycle.access;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /** Interfaces first (Camunda declares its API there), then classes; bridge methods carry copies of annotations. */
  private static String declaringType(Class<?> resourceClass, Method method) {
    List<Class<?>> hierarchy = new ArrayList<>();
    Deque<Class<?>> types = new ArrayDeque<>(List.of(resourceClass, method.getDeclaringClass()));
    while (!types.isEmpty()) {
      Class<?> type = types.poll();
      if (!hierarchy.contains(type)) {
        hierarchy.add(type);
        if (type.getSuperclass() != null) {
          types.add(type.getSuperclass());
        }
        types.addAll(List.of(type.getInterfaces()));
      }
    }
    hierarchy.sort(Comparator.comparing(type -> !type.isInterface()));
    for (Class<?> type : hierarchy) {
      for (Method candidate : type.getDeclaredMethods()) {
        // by name and arity: generic types declare other parameter types than the classes serving them
        if (!candidate.isBridge() && !candidate.isSynthetic() && candidate.getName().equals(method.getName())
            && candidate.getParameterCount() == method.getParameterCount() && httpMethodOf(candidate) != null) {
          return qualified(type);
        }
      }
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

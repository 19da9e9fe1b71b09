package se.directioncycle.access;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every resource method reachable from a JAX-RS application's root resources, through sub-resource locators,
 * with a path template and the operation name the guard uses.
 */
final class JaxRsModel {

  record Endpoint(String httpMethod, String pathTemplate, String operation, boolean consumesForm) {}

  private static final int MAX_DEPTH = 8;

  private JaxRsModel() {}

  static List<Endpoint> endpoints(Collection<Class<?>> rootClasses) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> root : rootClasses) {
      Path path = findPath(root);
      if (path != null) {
        walk(root, join("", path.value()), endpoints, 0);
      }
    }
    return endpoints;
  }

  private static void walk(Class<?> type, String prefix, List<Endpoint> endpoints, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Method method : annotatedMethods(type)) {
      String httpMethod = JaxRsOperation.httpMethodOf(method);
      Path path = method.getAnnotation(Path.class);
      String template = path == null ? prefix : join(prefix, path.value());
      if (httpMethod != null) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        boolean form = consumes != null && List.of(consumes.value()).stream().anyMatch(c -> c.contains("form"));
        endpoints.add(new Endpoint(httpMethod, template, JaxRsOperation.key(httpMethod, type, method), form));
      } else if (path != null) {
        walk(method.getReturnType(), template, endpoints, depth + 1);
      }
    }
  }

  /** The methods carrying JAX-RS annotations, each once, as declared on the type or inherited by it. */
  private static Collection<Method> annotatedMethods(Class<?> type) {
    Set<String> seen = new LinkedHashSet<>();
    List<Method> methods = new ArrayList<>();
    Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
    while (!types.isEmpty()) {
      Class<?> current = types.poll();
      for (Method method : current.getDeclaredMethods()) {
        boolean jaxRs = JaxRsOperation.httpMethodOf(method) != null || method.isAnnotationPresent(Path.class);
        String signature = method.getName() + List.of(method.getParameterTypes());
        if (jaxRs && !method.isSynthetic() && !method.isBridge() && seen.add(signature)) {
          methods.add(method);
        }
      }
      if (current.getSuperclass() != null && current.getSuperclass() != Object.class) {
        types.add(current.getSuperclass());
      }
      types.addAll(List.of(current.getInterfaces()));
    }
    return methods;
  }

  private static Path findPath(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      if (current.getAnnotation(Path.class) != null) {
        return current.getAnnotation(Path.class);
      }
      for (Class<?> contract : current.getInterfaces()) {
        if (contract.getAnnotation(Path.class) != null) {
          return contract.getAnnotation(Path.class);
        }
      }
    }
    return null;
  }

  private static String join(String prefix, String path) {
    String cleaned = path.startsWith("/") ? path : "/" + path;
    return (prefix + cleaned).replaceAll("/+$", "").replace("//", "/");
  }
}

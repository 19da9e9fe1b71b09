package se.directioncycle.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations each role may call on the REST APIs, read from {@code access/rest-allowlist.txt}. An operation
 * is the HTTP method and the matched resource method, named by the resource's class and method
 * ({@code POST TaskResource#submit}, see {@link JaxRsOperation}), so it is the same whatever the path looked like and on both mounts.
 */
final class RestAllowlist {

  static final String RESOURCE = "access/rest-allowlist.txt";
  private static final RestAllowlist INSTANCE = load();

  /** The lowest role allowed each listed operation; the roles above it inherit it. */
  private final Map<String, CallerRole> lowestRole;

  private RestAllowlist(Map<String, CallerRole> lowestRole) {
    this.lowestRole = lowestRole;
  }

  static RestAllowlist get() {
    return INSTANCE;
  }

  boolean allows(CallerRole role, String operation) {
    CallerRole lowest = lowestRole.get(operation);
    return lowest != null && role.includes(lowest);
  }

  /** Every listed operation by the role that first gets it, for the docs and the matrix test. */
  Map<CallerRole, Set<String>> byRole() {
    Map<CallerRole, Set<String>> byRole = new EnumMap<>(CallerRole.class);
    lowestRole.forEach((operation, role) -> byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(operation));
    return Collections.unmodifiableMap(byRole);
  }

  private static RestAllowlist load() {
    Map<String, CallerRole> lowest = new LinkedHashMap<>();
    InputStream in = RestAllowlist.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      CallerRole section = null;
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.replaceFirst("#\\s.*$", "").strip();
        if (entry.isEmpty()) {
          continue;
        }
        if (entry.startsWith("[") && entry.endsWith("]")) {
          section = CallerRole.valueOf(entry.substring(1, entry.length() - 1).toUpperCase(java.util.Locale.ROOT));
        } else if (section == null || !entry.matches("(GET|HEAD|POST|PUT|DELETE|OPTIONS) [\\w.]+#\\w+")) {
          throw new IllegalStateException(RESOURCE + ": cannot read line '" + line + "'");
        } else if (lowest.putIfAbsent(entry, section) != null) {
          throw new IllegalStateException(RESOURCE + ": '" + entry + "' is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RestAllowlist(Map.copyOf(lowest));
  }
}

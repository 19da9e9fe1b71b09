package se.directioncycle.throttle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user id in an {@code Authorization: Basic …} header, read the way Camunda's HTTP Basic filter reads it. */
final class BasicCredentials {

  private BasicCredentials() {}

  static Optional<String> user(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}

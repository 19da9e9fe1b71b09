package se.directioncycle.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach the application at (`directioncycle.public-base-url`, environment
 * `DIRECTIONCYCLE_PUBLIC_BASE_URL`), e.g. `https://bra.kommun.example` or `https://intra.kommun.example/inriktning`
 * behind a proxy. Every link the application sends out of a browser session (mails, calendar feed addresses) is built
 * here, never from a request's Host header. Default `http://localhost:<server.port>`. Checked at startup.
 */
@Component
public class PublicBaseUrl {

  private final String base;

  PublicBaseUrl(@Value("${directioncycle.public-base-url:http://localhost:${server.port:8080}}") String configured) {
    this.base = checked(configured);
  }

  /** The absolute link to a path of the application, e.g. `/camunda/app/tasklist/`. */
  public String link(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }

  /** The base itself, with no trailing slash. */
  public String base() {
    return base;
  }

  static String checked(String configured) {
    String value = configured == null ? "" : configured.strip();
    try {
      URI uri = new URI(value);
      boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        throw new URISyntaxException(value, "not an absolute http(s) URL without user, query or fragment");
      }
      return value.replaceAll("/+$", "");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("directioncycle.public-base-url (environment DIRECTIONCYCLE_PUBLIC_BASE_URL) must "
          + "be the absolute http(s) address people reach the application at, such as https://bra.kommun.example or "
          + "https://intra.kommun.example/inriktning, with no user, query or fragment; it is '" + value + "'");
    }
  }
}

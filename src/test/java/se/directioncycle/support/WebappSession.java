package se.directioncycle.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's login to a Camunda webapp (Tasklist, Cockpit, Admin): session cookie and XSRF token. */
public final class WebappSession {

  private final HttpClient client;
  private final CookieManager cookies;
  private final int port;

  private WebappSession(int port) {
    this.port = port;
    this.cookies = new CookieManager();
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /**
   * Logs in as the login page does, then asks who is logged in as the page does next. That first GET gives the new
   * session its CSRF token: a POST as the very first request after the login is refused (403) and ends the session.
   */
  public static WebappSession login(int port, String user, String app) {
    return login(port, user, app, demoPassword(user));
  }

  private static String demoPassword(String user) {
    return user.equals("admin") ? Rest.ADMIN_PASSWORD : Rest.DEMO_PASSWORD;
  }

  /** A person with their own password (one the administrator gave, not a demo login). */
  public static WebappSession login(int port, String user, String app, String password) {
    WebappSession session = new WebappSession(port);
    int status = session.tryLogin(user, app, password);
    assertThat(status).as("login of %s to %s", user, app).isEqualTo(200);
    assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).as("%s logged in", user).isEqualTo(200);
    return session;
  }

  public static int loginStatus(int port, String user, String app) {
    return new WebappSession(port).tryLogin(user, app, demoPassword(user));
  }

  private int tryLogin(String user, String app, String password) {
    send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET(), HttpResponse.BodyHandlers.discarding());
    return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  public HttpResponse<String> get(String path) {
    return send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  /** Any request as the browser sends it from the logged-in app: session cookie and XSRF token. */
  public HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (!xsrf().isEmpty()) {
      request.header("X-XSRF-TOKEN", xsrf());
    }
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    return send(request(path), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
    return xsrf().isEmpty() ? request : request.header("X-XSRF-TOKEN", xsrf());
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

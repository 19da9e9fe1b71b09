package se.directioncycle.benchmark;

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
import java.time.Duration;
import se.directioncycle.support.Rest;

/**
 * One person logged in to a Camunda webapp as a browser is: session cookie and XSRF token, calls to
 * {@code /camunda/api/...} of a named engine (support.WebappSession knows the engine "default" only). A session,
 * not Basic authentication, because the webapps do so: Basic would hash the password at every request.
 */
final class WebappClient {

  /** One answer and how long it took, from sending the request to the last byte of the body. */
  record Answer(int status, String body, double millis) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private final int port;
  private final String engine;
  final String user;

  private WebappClient(int port, String engine, String user) {
    this.port = port;
    this.engine = engine;
    this.user = user;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Logs in as the app's login page does (tasklist, cockpit), then asks who is logged in, as the page does next. */
  static WebappClient login(int port, String engine, String user, String app) {
    WebappClient session = new WebappClient(port, engine, user);
    session.send("GET", "/camunda/app/" + app + "/" + engine + "/", "text/html", null, null);
    Answer login = session.send("POST", "/camunda/api/admin/auth/user/" + engine + "/login/" + app, "application/json",
        "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(Rest.DEMO_PASSWORD, StandardCharsets.UTF_8));
    if (login.status() != 200) {
      throw new IllegalStateException("login of " + user + " to " + app + ": " + login.status() + " " + login.body());
    }
    Answer who = session.get("/camunda/api/admin/auth/user/" + engine);
    if (who.status() != 200) {
      throw new IllegalStateException(user + " not logged in: " + who.status());
    }
    return session;
  }

  /** The engine REST API as the webapps reach it. */
  String engineApi() {
    return "/camunda/api/engine/engine/" + engine;
  }

  String cockpitPlugin(String plugin) {
    return "/camunda/api/cockpit/plugin/" + plugin + "/" + engine;
  }

  Answer get(String path) {
    return send("GET", path, "application/json", null, null);
  }

  Answer send(String method, String path, String accept, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60)).header("Accept", accept)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    String xsrf = xsrf();
    if (!xsrf.isEmpty()) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " as " + user, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}

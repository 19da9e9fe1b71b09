package se.directioncycle.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the running application, logged in as one person (or nobody). */
public final class Rest {

  public static final String DEMO_PASSWORD = "Brottsprevention#2027";
  public static final String ADMIN_PASSWORD = "Huvudnyckel#Demo2027";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }

    public String message() {
      return json().path("message").asText();
    }
  }

  private final String baseUrl;
  private final String authorization;

  private Rest(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public static Rest as(int port, String user) {
    return as(port, user, user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD);
  }

  public static Rest as(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Rest("http://localhost:" + port, "Basic " + token);
  }

  public static Rest anonymous(int port) {
    return new Rest("http://localhost:" + port, null);
  }

  public Response get(String path) {
    return send(builder(path).GET());
  }

  /** A PDF (or any binary answer) as its bytes; fails unless it is a 200 with that content type. */
  public byte[] getBytes(String path, String contentType) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(builder(path).setHeader("Accept", contentType).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
          .startsWith(contentType)) {
        throw new AssertionError(path + " answered " + response.statusCode() + " "
            + response.headers().firstValue("Content-Type").orElse("(no type)"));
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET accepting plain text, as a Prometheus scraper does. */
  public Response getText(String path) {
    return send(builder(path).setHeader("Accept", "text/plain").GET());
  }

  public Response post(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
  }

  /** A raw body with its content type, e.g. a CSV file upload. */
  public Response post(String path, String contentType, byte[] body) {
    return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response delete(String path) {
    return send(builder(path).DELETE());
  }

  public Response put(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
  }

  /** Any method, with or without a body. */
  public Response send(String method, String path, String contentType, String body) {
    HttpRequest.Builder builder = builder(path).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

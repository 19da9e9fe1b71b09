package se.directioncycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;

/**
 * The OpenAPI description of `/api` (docs/api.md): served to anyone logged in and to nobody else, listing every
 * handler method of the application's controllers under `/api` and nothing more, and strict enough that each JSON
 * request example in README.md and docs/ fits the schema of its operation, while a field too many or a required
 * field too few does not.
 */
@IntegrationTest
class OpenApiIT {

  private static final String DOCUMENT = "/api/openapi";
  private static final String YAML = "/api/openapi.yaml";
  private static final String JSON = "application/json";
  /** Where the validator finds the document; nothing is fetched from it. */
  private static final String BASE = "https://direction-cycle.invalid/api/openapi";
  private static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFS = "#/$defs/";
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void anyLoggedInPersonGetsTheDocumentAsJsonAndAsYaml() {
    for (String user : List.of("alvkarleby-skola", "kalix-samordnare", "admin")) {
      Rest.Response response = Rest.as(port, user).get(DOCUMENT);
      assertThat(response.status()).as(user).isEqualTo(200);
      assertThat(response.json().path("openapi").asText()).startsWith("3.1");
      assertThat(response.json().path("paths").has("/api/cycles")).isTrue();
    }
    HttpResponse<String> yaml = send(YAML, "Basic " + Base64.getEncoder()
        .encodeToString(("alvkarleby-skola:" + Rest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.body()).startsWith("openapi: 3.1").contains("/api/cycles:");
  }

  @Test
  void anonymousCallersAndWrongPasswordsGet401AndNotTheDocument() {
    for (String path : List.of(DOCUMENT, YAML, DOCUMENT + ".json")) {
      HttpResponse<String> anonymous = send(path, null);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
          header -> assertThat(header).startsWith("Basic"));
      assertThat(anonymous.body()).as(path).doesNotContain("openapi").doesNotContain("/api/cycles");
    }
    Rest.Response wrongPassword = Rest.as(port, "openapi-it-nobody", "Wrong#Passw0rd").get(DOCUMENT);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).doesNotContain("openapi");
  }

  /** springdoc serves nothing outside `/api/*` (whose login filter stands in front of it), e.g. not its default path. */
  @Test
  void springdocServesNothingOutsideTheLoginOfApi() {
    Set<String> springdoc = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (method.getBeanType().getPackageName().startsWith("org.springdoc")) {
        springdoc.addAll(info.getPatternValues());
      }
    });
    assertThat(springdoc).isNotEmpty().allSatisfy(pattern -> assertThat(pattern).startsWith("/api/"));
    for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html")) {
      HttpResponse<String> anonymous = send(path, null);
      assertThat(anonymous.statusCode()).as(path).isNotEqualTo(200);
      assertThat(anonymous.body()).as(path).doesNotContain("/api/cycles");
    }
  }

  /** Both ways: a controller method missing from the document fails, and so does a documented one that is gone. */
  @Test
  void theDocumentListsEveryControllerMethodUnderApiAndNothingElse() {
    Set<String> handlers = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!method.getBeanType().getPackageName().startsWith("se.directioncycle")) {
        return;
      }
      for (String pattern : info.getPatternValues()) {
        if (pattern.equals("/api") || pattern.startsWith("/api/")) {
          Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
          assertThat(methods).as("%s %s answers every HTTP method", method, pattern).isNotEmpty();
          methods.forEach(m -> handlers.add(m.name() + " " + pattern));
        }
      }
    });

    assertThat(handlers).as("the application's /api handler methods").hasSizeGreaterThanOrEqualTo(15)
        .contains("POST /api/cycles", "GET /api/municipalities/{municipality}/safety-surveys/{year}");
    assertThat(documentedOperations(document())).containsExactlyElementsOf(handlers);
  }

  @Test
  void everyOperationNeedsHttpBasicAndEveryRefusalIsTheErrorBody() {
    JsonNode document = document();
    JsonNode basic = document.at("/components/securitySchemes/basicAuth");
    assertThat(basic.path("type").asText()).isEqualTo("http");
    assertThat(basic.path("scheme").asText()).isEqualTo("basic");
    assertThat(document.at("/security/0").has("basicAuth")).isTrue();
    assertThat(document.at("/components/schemas/Error/required")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("type", "message");

    List<String> wrong = new ArrayList<>();
    operations(document).forEach((operation, node) -> {
      JsonNode responses = node.path("responses");
      if (!responses.path("401").path("$ref").asText().equals("#/components/responses/Unauthorized")) {
        wrong.add(operation + ": no 401");
      }
      if (!responses.path("429").path("$ref").asText().equals("#/components/responses/TooManyRequests")) {
        wrong.add(operation + ": no 429");
      }
      if (node.path("operationId").asText().matches(".*_\\d+")) {
        wrong.add(operation + ": operationId " + node.path("operationId").asText());
      }
      if (node.path("summary").asText().isBlank() || node.path("tags").isEmpty()) {
        wrong.add(operation + ": no summary or tag");
      }
      responses.properties().forEach(response -> {
        boolean success = response.getKey().startsWith("2");
        if (success && response.getKey().equals("200") && operation.startsWith("POST")) {
          wrong.add(operation + ": a POST documented as 200");
        }
        if (!success && !response.getValue().has("$ref")
            && !response.getValue().at("/content/application~1json/schema/$ref").asText().equals("#/components/schemas/Error")) {
          wrong.add(operation + " " + response.getKey() + ": not the error body");
        }
      });
    });
    assertThat(wrong).isEmpty();
  }

  /**
   * Every JSON `curl` example sent to `/api` in the README and docs/ fits the request body schema of its operation,
   * and every operation that takes JSON has at least one such example.
   */
  @Test
  void everyJsonRequestExampleInTheDocsFitsTheSchemaOfItsOperation() {
    JsonNode document = document();
    SchemaRegistry registry = registry(document);
    List<CurlExamples.Example> examples = CurlExamples.ofProject().stream()
        .filter(e -> e.path().startsWith("/api/") && e.isJson()).toList();

    List<String> wrong = new ArrayList<>();
    Set<String> exemplified = new TreeSet<>();
    for (CurlExamples.Example example : examples) {
      String operation = operationOf(document, example);
      if (operation == null) {
        wrong.add(example + ": no such operation in the document");
        continue;
      }
      exemplified.add(operation);
      List<Error> errors = requestSchema(registry, document, operation).validate(parse(example.body()));
      if (!errors.isEmpty()) {
        wrong.add(example + ": " + errors);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(exemplified).as("operations with a JSON body and an example in the docs")
        .containsExactlyInAnyOrderElementsOf(jsonBodyOperations(document));
  }

  /** The schemas are strict: each example with an unknown field, or without one of its required fields, is refused. */
  @Test
  void theRequestSchemasRefuseAnUnknownFieldAndAMissingRequiredOne() {
    JsonNode document = document();
    SchemaRegistry registry = registry(document);
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    for (CurlExamples.Example example : CurlExamples.ofProject()) {
      String operation = example.path().startsWith("/api/") && example.isJson() ? operationOf(document, example) : null;
      if (operation != null) {
        examples.put(operation + " (" + example.where() + ")", parse(example.body()));
      }
    }
    // the document's own examples too (taken from the same docs)
    for (String operation : jsonBodyOperations(document)) {
      JsonNode own = operations(document).get(operation).at("/requestBody/content/application~1json/example");
      assertThat(own.isObject()).as(operation + " has an example").isTrue();
      examples.put(operation + " (the document's example)", own);
    }

    List<String> wrong = new ArrayList<>();
    examples.forEach((where, body) -> {
      String operation = where.substring(0, where.indexOf(" ("));
      Schema schema = requestSchema(registry, document, operation);
      if (!schema.validate(body).isEmpty()) {
        wrong.add(where + ": the example itself is refused: " + schema.validate(body));
      }
      ObjectNode extra = body.deepCopy();
      extra.put("colour", "blå");
      if (schema.validate(extra).isEmpty()) {
        wrong.add(where + ": an unknown field is accepted");
      }
      for (JsonNode required : schemaNode(document, operation).path("required")) {
        ObjectNode missing = body.deepCopy();
        missing.remove(required.asText());
        if (schema.validate(missing).isEmpty()) {
          wrong.add(where + ": accepted without " + required.asText());
        }
      }
      if (schemaNode(document, operation).path("required").isEmpty()) {
        wrong.add(where + ": no required field");
      }
    });
    assertThat(wrong).isEmpty();
  }

  private JsonNode document() {
    Rest.Response response = Rest.as(port, "alvkarleby-skola").get(DOCUMENT);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  /** "POST /api/cycles" → the operation's node. */
  private static Map<String, JsonNode> operations(JsonNode document) {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
      if (HTTP_METHODS.contains(method.getKey())) {
        operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
      }
    }));
    return operations;
  }

  private static Set<String> documentedOperations(JsonNode document) {
    return new TreeSet<>(operations(document).keySet());
  }

  private static Set<String> jsonBodyOperations(JsonNode document) {
    Set<String> operations = new TreeSet<>();
    operations(document).forEach((operation, node) -> {
      if (node.at("/requestBody/content").has(JSON)) {
        operations.add(operation);
      }
    });
    return operations;
  }

  /** The documented operation an example is sent to, matching `{name}` to one path segment; null if none. */
  private static String operationOf(JsonNode document, CurlExamples.Example example) {
    for (String operation : operations(document).keySet()) {
      String method = operation.substring(0, operation.indexOf(' '));
      String template = operation.substring(operation.indexOf(' ') + 1);
      String pattern = template.replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\.");
      if (method.equals(example.method()) && example.path().matches(pattern)) {
        return operation;
      }
    }
    return null;
  }

  /** The component schema of an operation's JSON request body (springdoc refers to a named one). */
  private static String schemaRef(JsonNode document, String operation) {
    String ref = operations(document).get(operation).at("/requestBody/content/application~1json/schema/$ref").asText();
    assertThat(ref).as(operation + " request body").startsWith("#/components/schemas/");
    return ref;
  }

  private static JsonNode schemaNode(JsonNode document, String operation) {
    return document.at(schemaRef(document, operation).substring(1));
  }

  private static Schema requestSchema(SchemaRegistry registry, JsonNode document, String operation) {
    return registry.getSchema(SchemaLocation.of(BASE + schemaRef(document, operation).replace(COMPONENTS, DEFS)));
  }

  /**
   * JSON Schema 2020-12 with OpenAPI 3.1's vocabulary and formats (`date`) asserted, over the document's component
   * schemas as they are, only moved from `components/schemas` to `$defs` (where a schema document keeps them), found
   * at {@link #BASE}.
   */
  private static SchemaRegistry registry(JsonNode document) {
    ObjectNode schemas = MAPPER.createObjectNode();
    schemas.set("$defs", document.at("/components/schemas"));
    String text = schemas.toString().replace("\"" + COMPONENTS, "\"" + DEFS);
    return SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
        .schemas(Map.of(BASE, text))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("An example that is not JSON: " + json, e);
    }
  }

  /** A GET accepting anything (the YAML document is not JSON), with or without an Authorization header. */
  private HttpResponse<String> send(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package se.directioncycle.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the application API (`/api/**`, Spring MVC), served by springdoc at `/api/openapi`
 * and `/api/openapi.yaml` (`springdoc.*` in application.yml, docs/api.md). Being under `/api/*`, the document is
 * behind the same HTTP Basic filter as the API it describes (access/WebSecurityConfiguration): anonymous callers
 * get 401. What springdoc cannot see from the controllers is added here: the login (HTTP Basic), the JSON error
 * body every refusal shares ({@link ErrorResponses}), the answers of the filters in front of every operation
 * (401 from the login filter, 429 from the login throttle) and the strict JSON reader (`spring.jackson.*`: an
 * unknown field is a 400, so every request body's schema has `additionalProperties: false`).
 */
@Configuration
class OpenApiConfiguration {

  static final String BASIC = "basicAuth";
  /** The error body's schema: `{"type": "…", "message": "…"}` (ErrorResponses.body). */
  static final String ERROR = "Error";
  /** The 201 answer of the endpoints that start a process. */
  static final String STARTED = "Started";
  private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

  @Bean
  OpenAPI applicationApi() {
    return new OpenAPI()
        .info(new Info().title("Direction Cycle application API").version("1")
            .description("""
                The application's own API under `/api` (Spring MVC). Camunda's engine REST API under `/engine-rest` \
                is not described here.

                Every request logs in with **HTTP Basic** (a Camunda user of the installation); the engine's \
                authorizations and tenant checks apply, so a caller sees and changes only their own \
                municipality's data. Send JSON bodies with `Content-Type: application/json`; the reader is strict: \
                an unknown field, a number written as a string, or anything after the JSON value is a 400.

                Refusals answer a JSON body `{"type": "…", "message": "…"}` whose `message` is Swedish and can be \
                shown to people as it is. Guide: `docs/api.md` in the repository."""))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user of the installation (Camunda's identity service), e.g. a coordinator or a "
                    + "council member. Plain HTTP Basic sends the password with every request: use HTTPS."))
            .addSchemas(ERROR, errorSchema())
            .addSchemas(STARTED, startedSchema())
            .addResponses("Unauthorized", new ApiResponse()
                .description("Not logged in, or wrong user name or password. Empty body, with "
                    + "`WWW-Authenticate: Basic realm=\"default\"`."))
            .addResponses("TooManyRequests", new ApiResponse()
                .description("Too many failed logins for this user from this client: wait `Retry-After` seconds. "
                    + "Logins for the same user from elsewhere are not affected.")
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait before the next try.")
                    .schema(new Schema<>().types(Set.of("integer"))))
                .content(errorContent(Map.of("type", "TooManyFailedLogins",
                    "message", "För många misslyckade inloggningar. Försök igen om 4 sekunder.")))));
  }

  /**
   * Adds to every operation the answers of the filters in front of it (401, 429), the error body to each refusal,
   * a 400 and a 415 to each JSON body, and `additionalProperties: false` to each request body's schema. Runs when
   * springdoc first builds the document (it keeps it).
   */
  @Bean
  OpenApiCustomizer commonAnswers() {
    return api -> {
      if (api.getPaths() == null) {
        return;
      }
      api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        ApiResponses responses = operation.getResponses();
        MediaType jsonBody = jsonBody(operation);
        if (jsonBody != null) {
          responses.computeIfAbsent("400", code -> new ApiResponse()
              .description("The body is not the JSON asked for, or a value breaks a rule; the message names the field."));
          responses.computeIfAbsent("415", code -> new ApiResponse()
              .description("The body is not sent as `application/json`."));
          strict(api, jsonBody.getSchema());
        }
        responses.computeIfAbsent("401", code -> new ApiResponse().$ref("Unauthorized"));
        responses.computeIfAbsent("429", code -> new ApiResponse().$ref("TooManyRequests"));
        // springdoc gives a refusal the method's return type; every refusal answers the error body instead
        responses.forEach((code, response) -> {
          if (code.charAt(0) >= '4' && response.get$ref() == null) {
            response.content(errorContent(null));
          }
        });
      }));
      if (api.getTags() != null) {
        api.getTags().sort(Comparator.comparing(Tag::getName));
      }
    };
  }

  private static MediaType jsonBody(Operation operation) {
    return operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
        : operation.getRequestBody().getContent().get(JSON);
  }

  /** The JSON reader refuses unknown fields (`fail-on-unknown-properties`), so the schema does too. */
  private static void strict(OpenAPI api, Schema<?> schema) {
    if (schema != null && schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      strict(api, api.getComponents().getSchemas().get(name));
    } else if (schema != null && schema.getProperties() != null) {
      schema.setAdditionalProperties(false);
    }
  }

  private static Content errorContent(Map<String, Object> example) {
    MediaType json = new MediaType().schema(new Schema<>().$ref(ERROR));
    if (example != null) {
      json.example(example);
    }
    return new Content().addMediaType(JSON, json);
  }

  private static Schema<?> errorSchema() {
    return new Schema<>().types(Set.of("object"))
        .description("Every refusal of the API. `type` says what kind it is (`InvalidInput`, `Forbidden`, `NotFound`, "
            + "`…AlreadyExists`, `…Refused`, `TooManyFailedLogins`); `message` is Swedish and meant for people.")
        .addProperty("type", new Schema<>().types(Set.of("string")).example("InvalidInput"))
        .addProperty("message", new Schema<>().types(Set.of("string"))
            .example("Begäran kunde inte läsas. «År» måste vara ett heltal (skrivet utan citattecken)."))
        .addProperty("errors", new Schema<>().types(Set.of("array"))
            .description("Safety-survey import only: the file's problems, each with its line (1 = the header row) and "
                + "column where it has one.")
            .items(new Schema<>().types(Set.of("object"))
                .addProperty("line", new Schema<>().types(new LinkedHashSet<>(List.of("integer", "null"))))
                .addProperty("column", new Schema<>().types(new LinkedHashSet<>(List.of("string", "null"))))
                .addProperty("message", new Schema<>().types(Set.of("string")))))
        .addProperty("moreErrors", new Schema<>().types(Set.of("integer"))
            .description("Safety-survey import only: how many further problems were not listed."))
        .required(List.of("type", "message"))
        .example(Map.of("type", "CycleAlreadyExists", "message", "Det finns redan en kvartalscykel för Älvkarleby 2027 "
            + "kvartal 1. En kommun kan bara ha en cykel per kvartal."));
  }

  private static Schema<?> startedSchema() {
    return new Schema<>().types(Set.of("object"))
        .description("The process was started; `businessKey` names it in Tasklist and Cockpit.")
        .addProperty("businessKey", new Schema<>().types(Set.of("string")).example("alvkarleby-2027-Q1"))
        .addProperty("processInstanceId", new Schema<>().types(Set.of("string")))
        .required(List.of("businessKey", "processInstanceId"));
  }
}

package se.directioncycle.council;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.InvalidInputException;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.web.UnreadableRequest;

/**
 * `/api/admin`: the administrator (group `camunda-admin`) configures councils at runtime: municipalities, member
 * organisations, areas and people, each change audited. Everybody else gets 403 from {@link AdminApiGuard} before
 * anything is read.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Council administration", description = "Municipalities, member organisations, areas and people of the "
    + "councils, changed at runtime by the administrator (group camunda-admin) and audited.")
class CouncilAdminController {

  private static final Logger LOG = LoggerFactory.getLogger(CouncilAdminController.class);
  private static final String ID = "The municipality's id.";
  /** Strict: no trailing content, no key twice, bounded depth (a MultiPolygon is five arrays deep). */
  private static final ObjectMapper GEOJSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  record NewMunicipality(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Lower-case a–z and digits, 2–31, the tenant id.",
          example = "gavle") String id,
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "Gävle") String name,
      @Schema(maxLength = 100, example = "Gävle") String policeArea,
      @Schema(description = "Whether the quarterly cycle opens for it; default true.") Boolean quarterlyCycle,
      @Schema(maxLength = 100, description = "The police organisation's name (code police); default Polisen.",
          example = "Polisen lokalpolisområde Gävle") String policeName,
      @Schema(description = "Areas where observations are placed.") List<String> areas) {}

  record MunicipalityChange(
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "Gävle") String name,
      @Schema(maxLength = 100, description = "Left out: unchanged.", example = "Gävle") String policeArea,
      @Schema(description = "Left out: unchanged.") Boolean quarterlyCycle) {}

  record NewOrganisation(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Unique in the municipality; the group is "
          + "`<municipality>-<code>`.", example = "skola-kyrkbacken") String code,
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "Skola Kyrkbacken") String name,
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "school, leisure, social-services, "
          + "rescue-service, housing, security-company, other-municipal-unit, association or other-partner; it "
          + "decides the party (police, municipality, partner) and which indicators are asked for.",
          example = "school") String type) {}

  record OrganisationRename(
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "Gästrike Räddningstjänst") String name) {}

  record Areas(@Schema(requiredMode = RequiredMode.REQUIRED, description = "At most 50 names, each at most 100 "
      + "characters, no name twice.") List<String> areas) {}

  @Schema(description = "A GeoJSON FeatureCollection (RFC 7946) in WGS84: one Feature per area that has a place on "
      + "the map. A layer `name` is ignored; a `crs` must name WGS84 (EPSG:4326 or CRS84); a Feature may carry `id` "
      + "and `bbox`, and `properties` other than `name` (they are not stored).")
  record AreaFeatureCollection(
      @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "FeatureCollection") String type,
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 50, description = "At most 50, one per area; an "
          + "area left out has no place on the map afterwards.") List<AreaFeature> features,
      @Schema(description = "Ignored (a GIS program's layer name).") String name,
      @Schema(description = "Left out (GeoJSON's WGS84), or naming WGS84: "
          + "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}.") Map<String, Object> crs,
      @Schema(description = "Ignored.") List<Double> bbox) {}

  record AreaFeature(
      @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "Feature") String type,
      @Schema(requiredMode = RequiredMode.REQUIRED) AreaFeatureProperties properties,
      @Schema(requiredMode = RequiredMode.REQUIRED) AreaGeometry geometry) {}

  record AreaFeatureProperties(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "An existing area of the municipality.",
          example = "Skutskär") String name) {}

  record AreaGeometry(
      @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"Point", "Polygon", "MultiPolygon"}) String type,
      @Schema(requiredMode = RequiredMode.REQUIRED, types = "array", description = "[longitude, latitude] (Point), "
          + "closed rings of them (Polygon) or polygons (MultiPolygon), in WGS84 inside Sweden (longitude 10–24.5, "
          + "latitude 55–69.5); at most 5,000 points per area.") List<Object> coordinates) {}

  record NewPerson(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Lower-case a–z, digits and dashes, 2–64.",
          example = "gavle-skola-1") String userId,
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 60, example = "Skolkontakt") String firstName,
      @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 60, example = "Gävle") String lastName,
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "skolkontakt@kommun.example") String email,
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Given by the administrator; the password policy "
          + "applies. Never stored in the audit.", example = "Forsta#Inloggning27") String initialPassword,
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Codes of active organisations or roles "
          + "(coordinator, chair, police-chief, commissioner, steering-group) of the municipality.",
          example = "[\"skola-kyrkbacken\"]") List<String> groups) {}

  record OrganisationView(String code, String name, String type, String party, boolean retired) {
    static OrganisationView of(Organisation o) {
      return new OrganisationView(o.code(), o.swedishName(), o.type().code(), o.party().name(), o.retired());
    }
  }

  record MunicipalityView(String id, String name, String policeArea, boolean quarterlyCycle,
      List<OrganisationView> organisations, List<String> areas) {
    static MunicipalityView of(Municipality m) {
      return new MunicipalityView(m.id(), m.name(), m.policeArea(), m.quarterlyCycle(),
          java.util.stream.Stream.concat(m.organisations().stream(), m.retiredOrganisations().stream())
              .map(OrganisationView::of).toList(), m.areas());
    }
  }

  record AuditView(long id, String changedAt, String changedBy, String action, String subject, String before,
      String after) {
    static AuditView of(CouncilAuditEntry e) {
      return new AuditView(e.getId(), e.getChangedAt().toString(), e.getChangedBy(), e.getAction(), e.getSubject(),
          e.getBeforeSummary(), e.getAfterSummary());
    }
  }

  private final CouncilAdministration administration;
  private final MunicipalityRegistry municipalities;
  private final IdentityService identityService;

  CouncilAdminController(CouncilAdministration administration, MunicipalityRegistry municipalities,
      IdentityService identityService) {
    this.administration = administration;
    this.municipalities = municipalities;
    this.identityService = identityService;
  }

  @Operation(operationId = "listCouncils", summary = "List every municipality with its organisations and areas",
      description = "Administrator only. Retired organisations are listed with `retired: true`.")
  @ApiResponse(responseCode = "200", description = "The municipalities.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @GetMapping("/municipalities")
  List<MunicipalityView> list() {
    return municipalities.all().stream().map(MunicipalityView::of).toList();
  }

  @Operation(operationId = "createMunicipality", summary = "Create a municipality",
      description = "Administrator only. Creates it with the police (code `police`) and its Camunda tenant, council "
          + "groups, grants and Tasklist filters at once; every node sees it without restart.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"id": "gavle", "name": "Gävle", "policeArea": "Gävle", "quarterlyCycle": true, "areas": ["Sätra", "Andersberg"]}""")))
  @ApiResponse(responseCode = "201", description = "Created: the municipality.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "409", description = "A municipality with that id exists.")
  @PostMapping("/municipalities")
  ResponseEntity<MunicipalityView> create(@RequestBody NewMunicipality body) {
    String actor = administrator();
    Municipality created = administration.createMunicipality(actor, body.id(), body.name(), body.policeArea(),
        body.quarterlyCycle(), body.policeName(), body.areas());
    LOG.info("Administrator created municipality {}", created.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(MunicipalityView.of(created));
  }

  @Operation(operationId = "changeMunicipality", summary = "Rename a municipality, change its police area or cycle",
      description = "Administrator only. Groups, tenant and Tasklist filters take the new name at once.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"name": "Gävle kommun", "policeArea": "Gävle", "quarterlyCycle": true}""")))
  @ApiResponse(responseCode = "200", description = "Changed: the municipality.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @PutMapping("/municipalities/{municipality}")
  MunicipalityView change(@Parameter(description = ID, example = "gavle") @PathVariable("municipality") String id,
      @RequestBody MunicipalityChange body) {
    String actor = administrator();
    return MunicipalityView.of(administration.changeMunicipality(actor, id, body.name(), body.policeArea(),
        body.quarterlyCycle()));
  }

  @Operation(operationId = "addOrganisation", summary = "Add a member organisation",
      description = "Administrator only. Its group `<municipality>-<code>` is created at once; it gets tasks from "
          + "the next quarter that opens.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"code": "skola-kyrkbacken", "name": "Skola Kyrkbacken", "type": "school"}""")))
  @ApiResponse(responseCode = "201", description = "Added: the municipality.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @ApiResponse(responseCode = "409", description = "The code is taken in that municipality (retired ones included).")
  @PostMapping("/municipalities/{municipality}/organisations")
  ResponseEntity<MunicipalityView> addOrganisation(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id,
      @RequestBody NewOrganisation body) {
    String actor = administrator();
    Municipality changed = administration.addOrganisation(actor, id, body.code(), body.name(), body.type());
    return ResponseEntity.status(HttpStatus.CREATED).body(MunicipalityView.of(changed));
  }

  @Operation(operationId = "renameOrganisation", summary = "Rename a member organisation",
      description = "Administrator only. Forms, PDFs, mails and the dashboard show the new name, also for history.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"name": "Gästrike Räddningstjänst"}""")))
  @ApiResponse(responseCode = "200", description = "Renamed: the municipality.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality or organisation.")
  @PutMapping("/municipalities/{municipality}/organisations/{code}")
  MunicipalityView renameOrganisation(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id,
      @Parameter(description = "The organisation's code.", example = "rescue-service") @PathVariable("code") String code,
      @RequestBody OrganisationRename body) {
    String actor = administrator();
    return MunicipalityView.of(administration.renameOrganisation(actor, id, code, body.name()));
  }

  @Operation(operationId = "retireOrganisation", summary = "Retire a member organisation",
      description = "Administrator only. Nothing is deleted: its history, group and people stay, but it gets no "
          + "tasks in quarters opened from now on. The police cannot be retired.")
  @ApiResponse(responseCode = "200", description = "Retired: the municipality.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality or organisation.")
  @ApiResponse(responseCode = "409", description = "Already retired, or the police.")
  @DeleteMapping("/municipalities/{municipality}/organisations/{code}")
  MunicipalityView retireOrganisation(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id,
      @Parameter(description = "The organisation's code.", example = "security-company") @PathVariable("code") String code) {
    String actor = administrator();
    return MunicipalityView.of(administration.retireOrganisation(actor, id, code));
  }

  @Operation(operationId = "replaceAreas", summary = "Set the municipality's areas (add, remove, reorder)",
      description = "Administrator only. The areas become exactly the list sent. Observations already placed in a "
          + "removed area keep its name; it is no longer offered.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"areas": ["Skutskär", "Älvkarleby", "Gårdskär", "Marma"]}""")))
  @ApiResponse(responseCode = "200", description = "Set: the municipality.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @PutMapping("/municipalities/{municipality}/areas")
  MunicipalityView replaceAreas(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id,
      @RequestBody Areas body) {
    String actor = administrator();
    return MunicipalityView.of(administration.replaceAreas(actor, id, body.areas()));
  }

  @Operation(operationId = "replaceAreaGeometry", summary = "Give the municipality's areas their places on the map "
      + "(GeoJSON upload)",
      description = "Administrator only. The body is a GeoJSON FeatureCollection, at most 1 MB, whose features name "
          + "existing areas in `properties.name`, each with a Point, Polygon or MultiPolygon in WGS84. The whole file "
          + "is checked and every problem named; a refused file changes nothing. An accepted one replaces the "
          + "municipality's geometry: an area it leaves out has no place on the map afterwards. Audited.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = "application/json", schema = @Schema(implementation = AreaFeatureCollection.class),
          examples = @ExampleObject(value = """
              {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Skutskär"}, \
              "geometry": {"type": "Point", "coordinates": [17.41, 60.63]}}]}"""))))
  @ApiResponse(responseCode = "200", description = "Stored: the municipality's areas as a GeoJSON FeatureCollection.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @ApiResponse(responseCode = "413", description = "The file is over 1 MB. Nothing is stored.")
  @PutMapping(path = "/municipalities/{municipality}/areas/geometry", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> replaceAreaGeometry(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id,
      HttpServletRequest request) throws IOException {
    String actor = administrator();
    byte[] body = request.getInputStream().readNBytes(AreaGeometryRules.MAX_BYTES + 1);
    if (body.length > AreaGeometryRules.MAX_BYTES) {
      LOG.info("Refused an area geometry upload for {}: over {} bytes", printable(id), AreaGeometryRules.MAX_BYTES);
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ErrorResponses.body("InvalidInput",
          "Filen är för stor: högst 1 MB. Inget har sparats. Förenkla gränserna (t.ex. Förenkla i QGIS) och skicka "
              + "filen igen."));
    }
    JsonNode collection;
    try {
      collection = body.length == 0 ? null : GEOJSON.readTree(body);
    } catch (IOException e) {
      LOG.info("Refused an area geometry upload for {}: not JSON ({})", printable(id), e.getClass().getSimpleName());
      collection = null;
    }
    if (collection == null || collection.isMissingNode()) {
      municipalities.find(id).orElseThrow(() -> CouncilChangeRefused.notFound("Kommunen " + printable(id)
          + " finns inte."));
      throw new InvalidInputException("Filen är inte giltig JSON (GeoJSON) och kunde inte läsas. Inget har sparats. "
          + "Skicka en GeoJSON FeatureCollection i WGS84, t.ex. exporterad från QGIS.");
    }
    administration.replaceAreaGeometry(actor, id, collection);
    return ResponseEntity.ok(featureCollection(id));
  }

  @Operation(operationId = "listAreaGeometry", summary = "The municipality's areas as GeoJSON",
      description = "Administrator only. A FeatureCollection with one Feature per area, in the council's order; "
          + "`geometry` is null for an area without a place on the map.")
  @ApiResponse(responseCode = "200", description = "The areas.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @GetMapping("/municipalities/{municipality}/areas/geometry")
  Map<String, Object> areaGeometry(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id) {
    return featureCollection(id);
  }

  private Map<String, Object> featureCollection(String id) {
    List<Map<String, Object>> features = new java.util.ArrayList<>();
    for (StoredArea area : administration.areasOf(id)) {
      Map<String, Object> feature = new java.util.LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put("properties", Map.of("name", area.getName()));
      feature.put("geometry", area.getGeometry() == null ? null : AreaGeometryRules.parse(area.getGeometry()));
      features.add(feature);
    }
    Map<String, Object> collection = new java.util.LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("features", features);
    return collection;
  }

  /** An id is echoed in the log only as letters and digits, at most 31 of them. */
  private static String printable(String id) {
    String clean = id == null ? "" : id.replaceAll("[^a-z0-9]", "");
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }

  @Operation(operationId = "addPerson", summary = "Add a person to organisations or roles of a municipality",
      description = "Administrator only. Creates the Camunda user with the initial password given (no default "
          + "password) and makes it a member of the groups `<municipality>-<code>`.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"userId": "alvkarleby-kyrkbacken-1", "firstName": "Skolkontakt", "lastName": "Kyrkbacken", \
      "email": "skolkontakt@kommun.example", "initialPassword": "Forsta#Inloggning27", "groups": ["skola-kyrkbacken"]}""")))
  @ApiResponse(responseCode = "201", description = "Added: the user id and groups.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @ApiResponse(responseCode = "409", description = "A user with that id exists.")
  @PostMapping("/municipalities/{municipality}/people")
  ResponseEntity<Map<String, Object>> addPerson(
      @Parameter(description = ID, example = "alvkarleby") @PathVariable("municipality") String id,
      @RequestBody NewPerson body) {
    String actor = administrator();
    String userId = administration.addPerson(actor, id, body.userId(), body.firstName(), body.lastName(),
        body.email(), body.initialPassword(), body.groups());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("userId", userId, "municipality", id,
        "groups", body.groups()));
  }

  record Memberships(@Schema(requiredMode = RequiredMode.REQUIRED, description = "Codes of active organisations or "
      + "roles (coordinator, chair, police-chief, commissioner, steering-group) of the municipality, 1–20.",
      example = "[\"coordinator\"]") List<String> groups) {}

  @Operation(operationId = "addMemberships", summary = "Add an existing person to organisations or roles of a "
      + "municipality", description = "Administrator only. For someone who works with several councils, e.g. a "
          + "regional coordinator in each municipality's coordinator group (the dashboard then shows them side by "
          + "side). Groups the person is already in stay as they are.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"groups": ["coordinator"]}""")))
  @ApiResponse(responseCode = "201", description = "The memberships exist: the person's groups named in the request.")
  @ApiResponse(responseCode = "400", description = "No group, or a code that is no active organisation or role.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @ApiResponse(responseCode = "404", description = "No such municipality or person.")
  @PostMapping("/municipalities/{municipality}/people/{userId}/groups")
  ResponseEntity<Map<String, Object>> addMemberships(
      @Parameter(description = ID, example = "kalix") @PathVariable("municipality") String id,
      @Parameter(description = "The person's user id.", example = "alvkarleby-samordnare") @PathVariable String userId,
      @RequestBody Memberships body) {
    String actor = administrator();
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("userId", userId, "municipality", id,
        "groups", administration.addMemberships(actor, id, userId, body.groups())));
  }

  @Operation(operationId = "listCouncilAudit", summary = "The audit of council changes, newest first (at most 500)",
      description = "Administrator only. When, who, what, and a summary before and after; never a password.")
  @ApiResponse(responseCode = "200", description = "The changes.")
  @ApiResponse(responseCode = "403", description = "The caller is not the administrator.")
  @GetMapping("/audit")
  List<AuditView> audit() {
    return administration.auditTrail().stream().map(AuditView::of).toList();
  }

  /** Who makes the change, for the audit; {@link AdminApiGuard} has let only the administrator this far. */
  private String administrator() {
    return CurrentUser.authenticated(identityService).getUserId();
  }

  @ExceptionHandler(CouncilChangeRefused.class)
  ResponseEntity<Map<String, Object>> refused(CouncilChangeRefused e) {
    boolean notFound = e.reason() == CouncilChangeRefused.Reason.NOT_FOUND;
    return ResponseEntity.status(notFound ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT)
        .body(ErrorResponses.body(notFound ? "NotFound" : "CouncilChangeRefused", e.getMessage()));
  }

  /** Two administrators adding the same code at once: the database's unique key refuses the second. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, Object>> concurrent(DataIntegrityViolationException e) {
    LOG.info("Council change refused by a unique key: {}", e.getMostSpecificCause().getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorResponses.body("CouncilChangeRefused",
        "Det finns redan (ändrat samtidigt av någon annan). Läs om listan och försök igen."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med de fält som beskrivs i dokumentationen (GET /api/openapi).",
        Map.of("id", "Id", "name", "Namn", "code", "Kod", "type", "Typ", "userId", "Användar-id",
            "initialPassword", "Startlösenord", "groups", "Grupper", "quarterlyCycle", "Kvartalscykel"));
  }
}

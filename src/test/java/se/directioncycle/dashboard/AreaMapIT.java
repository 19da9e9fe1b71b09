package se.directioncycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/**
 * The map (issue 16): the administrator gives a municipality's areas their places with a GeoJSON upload (checked
 * whole, refused in Swedish, nothing saved on a refusal, audited, only by the administrator), the Cockpit dashboard
 * gets each of the caller's municipalities' areas with the latest report's observations ("<5" under five) and the
 * decided interventions running there, and the
 * situation report's PDF draws them. Uses a municipality made here (sandviken), whose quarter 2099 Q4 no other test touches (cycles are
 * 2020–2100).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaMapIT {

  static final String MUNICIPALITY = "sandviken";
  static final String GEOMETRY = "/api/admin/municipalities/" + MUNICIPALITY + "/areas/geometry";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;

  private Rest admin;
  private String cycle;

  /** Sandviken with four areas (one without a place), its police and a school, and one compiled, approved quarter. */
  @BeforeAll
  void aMunicipalityWithAQuarter() {
    admin = Rest.as(port, "admin", Rest.ADMIN_PASSWORD);
    Rest.Response created = admin.post("/api/admin/municipalities", Map.of("id", MUNICIPALITY, "name", "Sandviken",
        "quarterlyCycle", false, "areas", List.of("Centrum", "Storvik", "Järbo", "Årsunda")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(admin.post("/api/admin/municipalities/" + MUNICIPALITY + "/organisations",
        Map.of("code", "skola", "name", "Skola Sandviken", "type", "school")).status()).isEqualTo(201);
    person("samordnare", List.of("coordinator", "steering-group"));
    person("kommunpolis", List.of("police"));
    person("skola", List.of("skola"));
    person("ordforande", List.of("chair"));
    Rest.Response uploaded = admin.put(GEOMETRY, JSON.valueToTree(sandvikenAreas()));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);

    QuarterScenario sandviken = new QuarterScenario(port, MUNICIPALITY);
    cycle = sandviken.open(2099, 4);
    engine.runDueJobs(cycle);
    // Centrum 12, Storvik 6, Järbo 1: Järbo joins the group, which is then under 5, so Storvik (the smallest named
    // area) joins it too
    List<Map<String, Object>> police = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      police.add(observation("KLOTTER", "Centrum", 2, "Klotter vid stationen"));
    }
    for (int i = 0; i < 6; i++) {
      police.add(observation("KLOTTER", "Storvik", 1, "Klotter på busskuren"));
    }
    sandviken.submitSituationInput(cycle, "kommunpolis", police);
    sandviken.submitSituationInput(cycle, "skola", List.of(observation("KLOTTER", "Järbo", 1, "Klotter vid skolan")));
    engine.runDueJobs(cycle);
    sandviken.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    // a decided intervention in Centrum, running through the quarter
    Map<String, Object> walk = QuarterScenario.intervention("Trygghetsvandring i centrum", "police", "2099-10-01",
        "2099-12-31");
    walk.put("areas", List.of("Centrum"));
    sandviken.propose(cycle, List.of(walk));
    sandviken.chairApproves(cycle, "2099-09-20", 3);
    engine.runDueJobs(cycle);
  }

  @Test
  void theUploadIsStoredReadBackAsGeoJsonAuditedAndKeptWhenTheAreasChange() {
    JsonNode areas = admin.get(GEOMETRY).json();
    assertThat(areas.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(areas.path("features").findValuesAsText("name")).containsExactly("Centrum", "Storvik", "Järbo", "Årsunda");
    assertThat(areas.at("/features/0/geometry/type").asText()).isEqualTo("Polygon");
    assertThat(areas.at("/features/2/geometry").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[16.97,60.71]}");
    assertThat(areas.at("/features/3/geometry").isNull()).as("an area without a place").isTrue();

    JsonNode audit = admin.get("/api/admin/audit").json();
    JsonNode entry = null;
    for (JsonNode row : audit) {
      if (row.path("action").asText().equals("REPLACE_AREA_GEOMETRY") && row.path("subject").asText().equals(MUNICIPALITY)) {
        entry = row;
        break;
      }
    }
    assertThat(entry).as("audited").isNotNull();
    assertThat(entry.path("changedBy").asText()).isEqualTo("admin");
    assertThat(entry.path("after").asText()).contains("Centrum: Polygon, 5 punkter", "Järbo: Point, 1 punkt",
        "Årsunda: ingen");

    // setting the list of areas keeps the place of each area that stays
    List<String> renamed = List.of("Centrum", "Storvik", "Järbo", "Kungsgården");
    assertThat(admin.put("/api/admin/municipalities/" + MUNICIPALITY + "/areas", Map.of("areas", renamed)).status())
        .isEqualTo(200);
    JsonNode after = admin.get(GEOMETRY).json();
    assertThat(after.at("/features/0/geometry/type").asText()).isEqualTo("Polygon");
    assertThat(after.at("/features/3/properties/name").asText()).isEqualTo("Kungsgården");
    assertThat(after.at("/features/3/geometry").isNull()).isTrue();
    assertThat(admin.put("/api/admin/municipalities/" + MUNICIPALITY + "/areas",
        Map.of("areas", List.of("Centrum", "Storvik", "Järbo", "Årsunda"))).status()).isEqualTo(200);
  }

  @Test
  void badUploadsAreRefusedInSwedishAndChangeNothing() {
    String before = admin.get(GEOMETRY).body();
    int auditBefore = admin.get("/api/admin/audit").json().size();
    Map<String, Object> lineString = feature("Centrum", Map.of("type", "LineString",
        "coordinates", List.of(List.of(16.8, 60.6), List.of(16.9, 60.6))));
    Map<String, Object> unclosed = feature("Centrum", Map.of("type", "Polygon", "coordinates",
        List.of(List.of(List.of(16.8, 60.6), List.of(16.9, 60.6), List.of(16.9, 60.7), List.of(16.8, 60.7)))));
    List<List<Double>> ring = new ArrayList<>();
    for (int i = 0; i < 5_100; i++) {
      ring.add(List.of(16.8 + i * 0.00001, i == 0 || i == 5_099 ? 60.6 : 60.61));
    }
    ring.set(5_099, ring.get(0));
    Map<String, Rest.Response> answers = new LinkedHashMap<>();
    answers.put("400 «Älvkarleby» är inget område", admin.put(GEOMETRY,
        collection(feature("Skutskär", point(16.8, 60.6)))));
    answers.put("400 bara Point", admin.put(GEOMETRY, collection(lineString)));
    answers.put("400 utanför Sverige", admin.put(GEOMETRY, collection(feature("Centrum", point(60.6, 16.8)))));
    answers.put("400 inga koordinater i WGS84", admin.put(GEOMETRY, collection(feature("Centrum", point(200, 60.6)))));
    answers.put("400 inte sluten", admin.put(GEOMETRY, collection(unclosed)));
    answers.put("400 högst 5000", admin.put(GEOMETRY, collection(feature("Centrum",
        Map.of("type", "Polygon", "coordinates", List.of(ring))))));
    answers.put("400 inte giltig JSON", admin.send("PUT", GEOMETRY, "application/json", "{\"type\": \"Feature"));
    answers.put("400 inte giltig JSON (trailing)", admin.send("PUT", GEOMETRY, "application/json",
        "{\"type\": \"FeatureCollection\", \"features\": []} x"));
    answers.put("400 empty", admin.send("PUT", GEOMETRY, "application/json", ""));
    answers.put("400 bara WGS84", admin.send("PUT", GEOMETRY, "application/json", "{\"type\": \"FeatureCollection\", "
        + "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3006\"}}, \"features\": []}"));
    answers.put("413 för stor", admin.send("PUT", GEOMETRY, "application/json",
        "{\"type\": \"FeatureCollection\", \"name\": \"" + "x".repeat(1_100_000) + "\", \"features\": []}"));
    answers.put("415 not JSON", admin.send("PUT", GEOMETRY, "text/plain", "{}"));
    answers.put("404 no such municipality", admin.put("/api/admin/municipalities/finnsinte/areas/geometry",
        collection(feature("Centrum", point(16.8, 60.6)))));
    answers.forEach((expected, response) -> {
      assertThat(response.status()).as(expected + ": " + response.body())
          .isEqualTo(Integer.parseInt(expected.substring(0, 3)));
      assertThat(response.message()).as(expected).isNotBlank().doesNotContain("Exception");
    });
    assertThat(answers.get("400 «Älvkarleby» är inget område").message())
        .contains("Filen togs inte emot och inget har sparats", "«Skutskär»", "finns inte i Sandviken",
            "Områdena i Sandviken är: Centrum, Storvik, Järbo, Årsunda.");
    assertThat(answers.get("400 utanför Sverige").message()).contains("longitud och latitud verkar ha bytt plats");
    assertThat(answers.get("400 inte sluten").message()).contains("inte sluten");
    assertThat(answers.get("400 högst 5000").message()).contains("högst 5000 per område");
    assertThat(answers.get("400 inte giltig JSON").message()).contains("inte giltig JSON");
    assertThat(answers.get("413 för stor").message()).contains("högst 1 MB");
    assertThat(admin.get(GEOMETRY).body()).as("nothing saved").isEqualTo(before);
    assertThat(admin.get("/api/admin/audit").json().size()).as("nothing audited").isEqualTo(auditBefore);
  }

  @Test
  void onlyTheAdministratorMayReadOrUploadTheAreas() {
    for (String user : List.of("sandviken-samordnare", "sandviken-skola", "alvkarleby-samordnare")) {
      Rest caller = Rest.as(port, user);
      Rest.Response upload = caller.put(GEOMETRY, sandvikenAreas());
      assertThat(upload.status()).as(user).isEqualTo(403);
      assertThat(upload.message()).contains("Bara administratören");
      assertThat(caller.get(GEOMETRY).status()).as(user).isEqualTo(403);
    }
    assertThat(Rest.anonymous(port).get(GEOMETRY).status()).isEqualTo(401);
  }

  @Test
  void theDashboardMapShowsTheCallersMunicipalitiesWithSmallCountsSuppressed() throws Exception {
    JsonNode maps = areaMaps("sandviken-samordnare");
    assertThat(maps.findValuesAsText("municipalityId")).containsExactly(MUNICIPALITY);
    JsonNode sandviken = maps.get(0);
    assertThat(sandviken.path("municipality").asText()).isEqualTo("Sandviken");
    assertThat(sandviken.path("period").asText()).isEqualTo("2099 kvartal 4");
    assertThat(sandviken.path("tiles").isNull()).as("no tile server configured").isTrue();
    JsonNode features = sandviken.path("areas").path("features");
    assertThat(features.findValuesAsText("name")).as("areas with a place only").containsExactly("Centrum", "Storvik",
        "Järbo");
    assertThat(features.get(0).at("/properties/observations").asText()).isEqualTo("12");
    assertThat(features.get(0).at("/properties/band").asInt()).isEqualTo(2);
    assertThat(features.get(1).at("/properties/observations").asText())
        .as("6, but joined to the group: 18 in all and Centrum's 12 would give Järbo's 1 away").isEqualTo("–");
    assertThat(features.get(1).at("/properties/band").asInt()).isZero();
    assertThat(features.get(2).at("/properties/observations").asText()).as("1 observation").isEqualTo("–");
    assertThat(sandviken.path("otherAreas").asText()).as("the group's total").isEqualTo("7");
    assertThat(sandviken.toString()).doesNotContain("\"6\"").doesNotContain("\"1\"").doesNotContain("<5");
    assertThat(features.get(0).at("/geometry/type").asText()).isEqualTo("Polygon");
    assertThat(sandviken.toString()).doesNotContain("Klotter vid");
    assertThat(features.findValues("interventions")).as("none runs today (2026)").allMatch(n -> n.asLong() == 0);

    // during the quarter, the decided intervention runs in Centrum
    engine.setClock(java.util.Date.from(java.time.LocalDate.of(2099, 11, 15).atStartOfDay(java.time.ZoneId.of(
        "Europe/Stockholm")).toInstant()));
    try {
      JsonNode during = areaMaps("sandviken-samordnare").get(0).path("areas").path("features");
      assertThat(during.get(0).at("/properties/interventions").asLong()).isEqualTo(1);
      assertThat(during.get(1).at("/properties/interventions").asLong()).isZero();
    } finally {
      engine.resetClock();
    }

    assertThat(areaMaps("kalix-samordnare").findValuesAsText("municipalityId")).as("another municipality's coordinator")
        .doesNotContain(MUNICIPALITY);
    assertThat(areaMaps("admin").findValuesAsText("municipalityId")).as("the administrator sees every one")
        .contains(MUNICIPALITY);
  }

  @Test
  void theSituationReportPdfDrawsTheAreasWithTheirCounts() throws IOException {
    Rest coordinator = Rest.as(port, "sandviken-samordnare");
    long id = -1;
    for (JsonNode document : coordinator.get("/api/documents").json()) {
      if (document.path("kind").asText().equals("SITUATION_REPORT") && document.path("title").asText().contains("2099 kvartal 4")) {
        id = document.path("id").asLong();
      }
    }
    assertThat(id).as("the situation report's PDF").isPositive();
    byte[] pdf = coordinator.getBytes("/api/documents/" + id, "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int images = 0;
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image
              && image.getWidth() == 1000 && image.getHeight() > 100) {
            images++;
          }
        }
      }
      assertThat(images).as("the indicators' chart and the map").isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      // the quarter's own intervention in Centrum is decided after the report: none ran there when it was compiled
      assertThat(text).contains("Pågående insatser", "Centrum 12 0", "Storvik – 0");
      assertThat(text).contains("Observationer per område", "Centrum 12", "Storvik –", "Järbo –",
          "Övriga områden (sammanslagna) 7").doesNotContain("Storvik 6").doesNotContain("Årsunda");
    }
  }

  @Test
  void theMapsScriptsAndLeafletAreServedByTheApplicationItself() throws Exception {
    WebappSession coordinator = WebappSession.login(port, "sandviken-samordnare", "cockpit");
    for (String asset : List.of("map.js", "map.css")) {
      HttpResponse<String> served = coordinator.get("/camunda/api/cockpit/plugin/direction-cycle/static/app/" + asset);
      assertThat(served.statusCode()).as(asset).isEqualTo(200);
    }
    String map = coordinator.get("/camunda/api/cockpit/plugin/direction-cycle/static/app/map.js").body();
    assertThat(map).contains("webjars/leaflet/1.9.4/dist/").doesNotContain("https://");
    HttpResponse<String> leaflet = coordinator.get("/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js");
    assertThat(leaflet.statusCode()).isEqualTo(200);
    assertThat(leaflet.body()).contains("export {");
    assertThat(coordinator.get("/webjars/leaflet/1.9.4/dist/leaflet.css").statusCode()).isEqualTo(200);
  }

  private JsonNode areaMaps(String user) throws Exception {
    HttpResponse<String> response = WebappSession.login(port, user, "cockpit")
        .get("/camunda/api/cockpit/plugin/direction-cycle/default/area-maps");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private void person(String suffix, List<String> groups) {
    Rest.Response added = admin.post("/api/admin/municipalities/" + MUNICIPALITY + "/people", Map.of(
        "userId", MUNICIPALITY + "-" + suffix, "firstName", "Kontakt", "lastName", suffix, "email",
        suffix + "@sandviken.example", "initialPassword", Rest.DEMO_PASSWORD, "groups", groups));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
  }

  /** Invented shapes: Centrum a square, Storvik a MultiPolygon, Järbo a point, Årsunda none. */
  static Map<String, Object> sandvikenAreas() {
    return collection(
        feature("Centrum", Map.of("type", "Polygon", "coordinates", List.of(List.of(
            List.of(16.74, 60.60), List.of(16.82, 60.60), List.of(16.82, 60.64), List.of(16.74, 60.64),
            List.of(16.74, 60.60))))),
        feature("Storvik", Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(List.of(
            List.of(16.50, 60.57), List.of(16.56, 60.57), List.of(16.55, 60.60), List.of(16.50, 60.57)))))),
        feature("Järbo", point(16.97, 60.71)));
  }

  @SafeVarargs
  static Map<String, Object> collection(Map<String, Object>... features) {
    return Map.of("type", "FeatureCollection", "features", List.of(features));
  }

  static Map<String, Object> feature(String name, Map<String, Object> geometry) {
    return Map.of("type", "Feature", "properties", Map.of("name", name), "geometry", geometry);
  }

  static Map<String, Object> point(double longitude, double latitude) {
    return Map.of("type", "Point", "coordinates", List.of(longitude, latitude));
  }
}

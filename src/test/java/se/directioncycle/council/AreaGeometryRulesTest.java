package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.directioncycle.input.InvalidInputException;

/** What a GeoJSON upload of areas must be, and the Swedish message for each way it can be wrong. */
class AreaGeometryRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> AREAS = List.of("Skutskär", "Älvkarleby", "Gårdskär");

  @Test
  void theSampleInTheDocsIsAcceptedAndWrittenCompactly() throws Exception {
    JsonNode sample = JSON.readTree(Files.readString(Path.of("docs/samples/areas.geojson")));
    Map<String, String> geometries = AreaGeometryRules.check(sample, "Älvkarleby", AREAS);
    assertThat(geometries).containsOnlyKeys("Skutskär", "Älvkarleby", "Gårdskär");
    assertThat(geometries.get("Gårdskär")).isEqualTo("{\"type\":\"Point\",\"coordinates\":[17.62,60.63]}");
    assertThat(JSON.readTree(geometries.get("Älvkarleby")).path("type").asText()).isEqualTo("MultiPolygon");
    assertThat(AreaGeometryRules.describe(geometries.get("Skutskär"))).isEqualTo("Polygon, 6 punkter");
  }

  @Test
  void coordinatesAreRoundedToSixDecimalsAndAnAltitudeIsDropped() throws Exception {
    Map<String, String> geometries = AreaGeometryRules.check(JSON.readTree(collection(feature("Gårdskär",
        "{\"type\": \"Point\", \"coordinates\": [17.123456789, 60.5, 12.0]}"))), "Älvkarleby", AREAS);
    assertThat(geometries.get("Gårdskär")).isEqualTo("{\"type\":\"Point\",\"coordinates\":[17.123457,60.5]}");
  }

  @Test
  void eachKindOfMistakeIsNamedInSwedish() {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("{\"type\": \"Feature\"}", "Skicka en GeoJSON FeatureCollection");
    cases.put("[]", "Skicka en GeoJSON FeatureCollection");
    cases.put("{\"type\": \"FeatureCollection\"}", "«features» måste vara en lista");
    cases.put(collection(feature("Marma", point(17.4, 60.6))), "området finns inte i Älvkarleby. Områdena i Älvkarleby är: Skutskär, Älvkarleby, Gårdskär.");
    cases.put(collection(feature("Skutskär", point(17.4, 60.6)), feature("Skutskär", point(17.4, 60.6))),
        "finns två gånger");
    cases.put(collection(feature("Skutskär", "{\"type\": \"LineString\", \"coordinates\": [[17.4, 60.6], [17.5, 60.6]]}")),
        "geometrin är «LineString»; bara Point");
    cases.put(collection(feature("Skutskär", point(60.6, 17.4))), "longitud och latitud verkar ha bytt plats");
    cases.put(collection(feature("Skutskär", point(2.35, 48.85))), "ligger utanför Sverige");
    cases.put(collection(feature("Skutskär", point(500, 60))), "är inga koordinater i WGS84");
    cases.put(collection(feature("Skutskär", "{\"type\": \"Point\", \"coordinates\": [\"17.4\", 60.6]}")),
        "en punkt skrivs [longitud, latitud]");
    cases.put(collection(feature("Skutskär", "{\"type\": \"Polygon\", \"coordinates\": "
        + "[[[17.3, 60.6], [17.4, 60.6], [17.4, 60.7], [17.3, 60.7]]]}")), "ring är inte sluten");
    cases.put(collection(feature("Skutskär", "{\"type\": \"Polygon\", \"coordinates\": [[[17.3, 60.6], [17.3, 60.6]]]}")),
        "minst fyra punkter");
    cases.put(collection(feature("Skutskär", null)), "«geometry» saknas");
    cases.put("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {}, "
        + "\"geometry\": " + point(17.4, 60.6) + "}]}", "«properties.name» måste ange områdets namn");
    cases.put("{\"type\": \"FeatureCollection\", \"colour\": \"blå\", \"features\": []}", "«colour» är inget fält här");
    cases.put("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
        + "\"urn:ogc:def:crs:EPSG::3006\"}}, \"features\": []}", "bara WGS84");
    cases.put(collection(feature("Skutskär", bigPolygon(AreaGeometryRules.MAX_POINTS_PER_AREA + 10))),
        "högst 5000 per område");
    cases.forEach((body, expected) -> assertThatThrownBy(() -> AreaGeometryRules.check(JSON.readTree(body),
        "Älvkarleby", AREAS)).as(body.length() > 200 ? body.substring(0, 200) : body)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Filen togs inte emot och inget har sparats").hasMessageContaining(expected));
  }

  @Test
  void everyProblemIsListedUpToTwenty() throws Exception {
    StringBuilder features = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      features.append(i == 0 ? "" : ", ").append(feature("Okänt " + i, point(17.4, 60.6)));
    }
    assertThatThrownBy(() -> AreaGeometryRules.check(JSON.readTree(collection(features.toString())), "Älvkarleby",
        AREAS)).hasMessageContaining("Okänt 19").hasMessageContaining("… och 10 fel till.")
        .hasMessageNotContaining("Okänt 25");
  }

  @Test
  void anEmptyCollectionTakesEveryAreaOffTheMap() throws Exception {
    assertThat(AreaGeometryRules.check(JSON.readTree(collection("")), "Älvkarleby", AREAS)).isEmpty();
  }

  private static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(", ", features) + "]}";
  }

  private static String feature(String name, String geometry) {
    return "{\"type\": \"Feature\", \"properties\": {\"name\": \"" + name + "\", \"fid\": 3}, \"geometry\": "
        + geometry + "}";
  }

  private static String point(double longitude, double latitude) {
    return "{\"type\": \"Point\", \"coordinates\": [" + longitude + ", " + latitude + "]}";
  }

  private static String bigPolygon(int points) {
    StringBuilder ring = new StringBuilder("[17.3, 60.6]");
    for (int i = 1; i < points - 1; i++) {
      ring.append(", [").append(17.3 + i * 0.00001).append(", 60.61]");
    }
    ring.append(", [17.3, 60.6]");
    return "{\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}";
  }
}

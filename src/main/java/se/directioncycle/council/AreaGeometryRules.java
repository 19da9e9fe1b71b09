package se.directioncycle.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.InvalidInputException;

/**
 * The rules for a GeoJSON upload of a municipality's areas (RFC 7946): a FeatureCollection whose features name
 * existing areas in {@code properties.name}, each with a Point, Polygon or MultiPolygon in WGS84 (longitude,
 * latitude) inside Sweden's rough bounding box, rings closed, at most {@link #MAX_POINTS_PER_AREA} points per area.
 * Every problem is collected and answered in one Swedish message; nothing of a refused file is stored. Each
 * accepted geometry is written again compactly: its type and coordinates only, six decimals, no altitude.
 */
final class AreaGeometryRules {

  static final int MAX_BYTES = 1_000_000;
  static final int MAX_POINTS_PER_AREA = 5_000;
  static final int MAX_PROBLEMS = 20;
  /** Sweden with a margin (its extreme points are about 10.96–24.17 E and 55.34–69.06 N). */
  static final double MIN_LONGITUDE = 10.0;
  static final double MAX_LONGITUDE = 24.5;
  static final double MIN_LATITUDE = 55.0;
  static final double MAX_LATITUDE = 69.5;
  private static final Set<String> COLLECTION_FIELDS = Set.of("type", "features", "name", "crs", "bbox");
  private static final Set<String> FEATURE_FIELDS = Set.of("type", "id", "properties", "geometry", "bbox");
  private static final Set<String> GEOMETRY_FIELDS = Set.of("type", "coordinates", "bbox");
  /** The names GIS programs write for WGS84 longitude/latitude in the old `crs` member. */
  private static final Set<String> WGS84_NAMES = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
      "EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "CRS84");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> problems = new ArrayList<>();
  private boolean unknownArea;
  private final String municipalityName;
  private final List<String> areas;

  private AreaGeometryRules(String municipalityName, List<String> areas) {
    this.municipalityName = municipalityName;
    this.areas = areas;
  }

  /**
   * The geometry per area named in the collection (area name → compact GeoJSON geometry), in the collection's
   * order; throws {@link InvalidInputException} with every problem found.
   */
  static Map<String, String> check(JsonNode collection, String municipalityName, List<String> areas) {
    AreaGeometryRules rules = new AreaGeometryRules(municipalityName, areas);
    Map<String, String> geometries = rules.collection(collection);
    if (!rules.problems.isEmpty()) {
      List<String> shown = new ArrayList<>(rules.problems.subList(0, Math.min(MAX_PROBLEMS, rules.problems.size())));
      if (rules.problems.size() > MAX_PROBLEMS) {
        shown.add("… och " + (rules.problems.size() - MAX_PROBLEMS) + " fel till.");
      }
      shown.add(0, "Filen togs inte emot och inget har sparats:");
      if (rules.unknownArea) {
        shown.add(areas.isEmpty() ? municipalityName + " har inga områden än: lägg till dem först (PUT …/areas)."
            : "Områdena i " + municipalityName + " är: " + String.join(", ", areas) + ".");
      }
      throw new InvalidInputException(shown);
    }
    return geometries;
  }

  private Map<String, String> collection(JsonNode root) {
    Map<String, String> geometries = new LinkedHashMap<>();
    if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText(null))) {
      problems.add("Skicka en GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": [...]}.");
      return geometries;
    }
    unknownFields(root, COLLECTION_FIELDS, "FeatureCollection");
    crs(root.get("crs"));
    JsonNode features = root.get("features");
    if (features == null || !features.isArray()) {
      problems.add("«features» måste vara en lista med ett Feature per område.");
      return geometries;
    }
    if (features.size() > CouncilInputRules.MAX_AREAS) {
      problems.add("«features» får vara högst " + CouncilInputRules.MAX_AREAS + " (en per område); filen har "
          + features.size() + ".");
      return geometries;
    }
    for (int i = 0; i < features.size(); i++) {
      feature(features.get(i), i + 1, geometries);
    }
    return geometries;
  }

  private void feature(JsonNode feature, int number, Map<String, String> geometries) {
    String where = "Feature " + number;
    if (!feature.isObject() || !"Feature".equals(feature.path("type").asText(null))) {
      problems.add(where + ": varje element i «features» ska vara {\"type\": \"Feature\", \"properties\": "
          + "{\"name\": …}, \"geometry\": …}.");
      return;
    }
    unknownFields(feature, FEATURE_FIELDS, where);
    JsonNode name = feature.path("properties").path("name");
    if (!name.isTextual() || name.asText().isBlank()) {
      problems.add(where + ": «properties.name» måste ange områdets namn (ett av: " + String.join(", ", areas) + ").");
      return;
    }
    String area = name.asText().strip();
    where = where + " («" + shownName(area) + "»)";
    if (!areas.contains(area)) {
      problems.add(where + ": området finns inte i " + municipalityName + ".");
      unknownArea = true;
      return;
    }
    if (geometries.containsKey(area)) {
      problems.add(where + ": området finns två gånger i filen.");
      return;
    }
    JsonNode geometry = feature.get("geometry");
    if (geometry == null || !geometry.isObject()) {
      problems.add(where + ": «geometry» saknas (en Point, Polygon eller MultiPolygon).");
      return;
    }
    unknownFields(geometry, GEOMETRY_FIELDS, where + ", geometry");
    String type = geometry.path("type").asText("");
    int before = problems.size();
    Counter points = new Counter();
    JsonNode coordinates = geometry.get("coordinates");
    JsonNode clean = switch (type) {
      case "Point" -> position(coordinates, where, points);
      case "Polygon" -> polygon(coordinates, where, points);
      case "MultiPolygon" -> multiPolygon(coordinates, where, points);
      default -> {
        problems.add(where + ": geometrin är " + (type.isEmpty() ? "utan typ" : "«" + InputReader.printable(type) + "»")
            + "; bara Point (en plats), Polygon och MultiPolygon (en gräns) tas emot.");
        yield null;
      }
    };
    if (points.count > MAX_POINTS_PER_AREA) {
      problems.add(where + ": gränsen har " + points.count + " punkter; högst " + MAX_POINTS_PER_AREA
          + " per område. Förenkla den (t.ex. Förenkla i QGIS) och skicka filen igen.");
    }
    if (clean != null && problems.size() == before) {
      ObjectNode compact = JsonNodeFactory.instance.objectNode();
      compact.put("type", type);
      compact.set("coordinates", clean);
      geometries.put(area, compact.toString());
    }
  }

  private JsonNode multiPolygon(JsonNode coordinates, String where, Counter points) {
    if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
      problems.add(where + ": en MultiPolygon har en lista med minst en polygon i «coordinates».");
      return null;
    }
    ArrayNode polygons = JsonNodeFactory.instance.arrayNode();
    for (JsonNode polygon : coordinates) {
      JsonNode clean = polygon(polygon, where, points);
      if (clean == null) {
        return null;
      }
      polygons.add(clean);
    }
    return polygons;
  }

  private JsonNode polygon(JsonNode coordinates, String where, Counter points) {
    if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
      problems.add(where + ": en Polygon har en lista med minst en ring (en lista med punkter) i «coordinates».");
      return null;
    }
    ArrayNode rings = JsonNodeFactory.instance.arrayNode();
    for (JsonNode ring : coordinates) {
      if (!ring.isArray() || ring.size() < 4) {
        problems.add(where + ": en ring har minst fyra punkter (den första upprepad sist).");
        return null;
      }
      if (points.count + ring.size() > MAX_POINTS_PER_AREA) {
        points.count += ring.size();
        return null;
      }
      ArrayNode clean = JsonNodeFactory.instance.arrayNode();
      for (JsonNode position : ring) {
        JsonNode cleanPosition = position(position, where, points);
        if (cleanPosition == null) {
          return null;
        }
        clean.add(cleanPosition);
      }
      if (!clean.get(0).equals(clean.get(clean.size() - 1))) {
        problems.add(where + ": en ring är inte sluten: den sista punkten ska vara densamma som den första.");
        return null;
      }
      rings.add(clean);
    }
    return rings;
  }

  /** [longitude, latitude] (an altitude is dropped), inside Sweden, six decimals. */
  private JsonNode position(JsonNode position, String where, Counter points) {
    if (position == null || !position.isArray() || position.size() < 2 || position.size() > 3
        || !position.get(0).isNumber() || !position.get(1).isNumber()
        || position.size() == 3 && !position.get(2).isNumber()) {
      problems.add(where + ": en punkt skrivs [longitud, latitud] med två tal, t.ex. [17.45, 60.63].");
      return null;
    }
    points.count++;
    double longitude = position.get(0).asDouble();
    double latitude = position.get(1).asDouble();
    if (!Double.isFinite(longitude) || !Double.isFinite(latitude) || longitude < -180 || longitude > 180
        || latitude < -90 || latitude > 90) {
      problems.add(where + ": punkten " + shown(longitude) + ", " + shown(latitude) + " är inga koordinater i WGS84 "
          + "(longitud −180–180, latitud −90–90). Exportera filen i WGS84 (EPSG:4326).");
      return null;
    }
    if (longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE || latitude < MIN_LATITUDE || latitude > MAX_LATITUDE) {
      boolean swapped = latitude >= MIN_LONGITUDE && latitude <= MAX_LONGITUDE && longitude >= MIN_LATITUDE
          && longitude <= MAX_LATITUDE;
      problems.add(where + ": punkten " + shown(longitude) + ", " + shown(latitude) + " ligger utanför Sverige "
          + "(longitud " + MIN_LONGITUDE + "–" + MAX_LONGITUDE + ", latitud " + MIN_LATITUDE + "–" + MAX_LATITUDE + ")"
          + (swapped ? "; longitud och latitud verkar ha bytt plats: GeoJSON skriver longituden först."
              : "; är filen exporterad i WGS84 (EPSG:4326)?"));
      return null;
    }
    ArrayNode clean = JsonNodeFactory.instance.arrayNode();
    clean.add(rounded(longitude));
    clean.add(rounded(latitude));
    return clean;
  }

  private void crs(JsonNode crs) {
    if (crs == null || crs.isNull()) {
      return;
    }
    String name = crs.path("properties").path("name").asText("");
    if (!WGS84_NAMES.contains(name)) {
      problems.add("«crs» anger " + (name.isEmpty() ? "ett okänt koordinatsystem" : "«" + InputReader.printable(name) + "»")
          + "; bara WGS84 (longitud, latitud, EPSG:4326) tas emot. Exportera filen i WGS84.");
    }
  }

  private void unknownFields(JsonNode node, Set<String> known, String where) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(where + ": «" + InputReader.printable(name) + "» är inget fält här (tillåtna: "
            + String.join(", ", known.stream().sorted().toList()) + ").");
      }
    }
  }

  /** An area name as sent, echoed only as letters, digits, spaces and a little punctuation, at most 60. */
  private static String shownName(String name) {
    String clean = name.replaceAll("[^\\p{L}\\p{N} .,'’&()/–-]", "");
    return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
  }

  private static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static String shown(double value) {
    return Double.isFinite(value) && Math.abs(value) < 1e7 ? rounded(value).toPlainString() : "(ogiltigt tal)";
  }

  /** The stored geometry as a tree, for answers and pictures. */
  static JsonNode parse(String geometry) {
    try {
      return JSON.readTree(geometry);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("A stored area geometry is not JSON", e);
    }
  }

  /** "Polygon, 12 punkter": the kind and size of a stored geometry, for the audit. */
  static String describe(String geometry) {
    JsonNode node = parse(geometry);
    int points = countPositions(node.path("coordinates"));
    return node.path("type").asText() + ", " + points + (points == 1 ? " punkt" : " punkter");
  }

  private static int countPositions(JsonNode coordinates) {
    if (coordinates.isArray() && !coordinates.isEmpty() && coordinates.get(0).isNumber()) {
      return 1;
    }
    int count = 0;
    for (JsonNode child : coordinates) {
      count += countPositions(child);
    }
    return count;
  }

  private static final class Counter {
    int count;
  }
}

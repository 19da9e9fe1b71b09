package se.directioncycle.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.AreaMaps;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.situationreport.SituationReports;

/**
 * The dashboard's map: for each of the caller's municipalities whose areas have a place on the map, the areas as a
 * GeoJSON FeatureCollection with, per area, the observations of the latest compiled situation report as the grouped
 * breakdown shows them ({@link SmallCounts#onMap}: a count of five or more, or "–") and the band that shades it,
 * the group's total, and the interventions of registered decisions
 * that run today and name the area. Counts only, never an observation's text.
 */
@Service
class AreaMapData {

  /** One municipality's map: its name, the quarter counted, the tile server (or none) and the areas. */
  public record MunicipalityMap(String municipalityId, String municipality, String period,
      Map<String, Object> areas, String otherAreas, Tiles tiles) {}

  /** The background, when the installation has a tile server; null: the areas are drawn alone. */
  public record Tiles(String url, String attribution) {}

  private final AreaMaps areaMaps;
  private final MunicipalityRegistry municipalities;
  private final SituationReports reports;
  private final MapProperties properties;
  private final DirectionDecisionService decisions;

  AreaMapData(AreaMaps areaMaps, MunicipalityRegistry municipalities, SituationReports reports,
      MapProperties properties, DirectionDecisionService decisions) {
    this.decisions = decisions;
    this.areaMaps = areaMaps;
    this.municipalities = municipalities;
    this.reports = reports;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public List<MunicipalityMap> of(Collection<String> municipalityIds) {
    List<MunicipalityMap> maps = new ArrayList<>();
    for (String id : municipalityIds) {
      Optional<Municipality> municipality = municipalities.find(id);
      List<AreaMaps.AreaShape> shapes = areaMaps.of(id);
      if (municipality.isEmpty() || shapes.isEmpty()) {
        continue;
      }
      Optional<SituationReports.ObservationsPerArea> latest = reports.latestObservationsPerArea(id);
      // the quarter's whole breakdown by area, grouped so that no small count shows or can be worked out
      Map<String, Long> grouped = SmallCounts.grouped(latest.map(SituationReports.ObservationsPerArea::counts)
          .orElse(Map.of()));
      Map<String, Long> interventions = decisions.interventionsPerArea(id, EngineClock.today());
      List<Map<String, Object>> features = new ArrayList<>();
      for (AreaMaps.AreaShape shape : shapes) {
        String shown = SmallCounts.onMap(grouped, shape.name());
        Map<String, Object> areaProperties = new LinkedHashMap<>();
        areaProperties.put("name", shape.name());
        areaProperties.put("observations", latest.isPresent() ? shown : null);
        areaProperties.put("band", latest.isPresent() ? SmallCounts.band(shown) : null);
        // decided interventions are public decisions, not counts of people: shown as they are
        areaProperties.put("interventions", interventions.getOrDefault(shape.name(), 0L));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", areaProperties);
        feature.put("geometry", shape.geometry());
        features.add(feature);
      }
      Map<String, Object> collection = new LinkedHashMap<>();
      collection.put("type", "FeatureCollection");
      collection.put("features", features);
      maps.add(new MunicipalityMap(id, municipality.get().name(),
          latest.map(l -> l.quarter().label()).orElse(null), collection,
          grouped.containsKey(SmallCounts.OTHER_AREAS) ? grouped.get(SmallCounts.OTHER_AREAS).toString() : null,
          properties.hasTiles() ? new Tiles(properties.tileUrl(), properties.tileAttribution()) : null));
    }
    return maps;
  }
}

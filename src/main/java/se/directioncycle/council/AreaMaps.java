package se.directioncycle.council;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a municipality's areas are on the map, for the features that draw it (the Cockpit dashboard, the situation
 * report's PDF): each area with a place, in the council's order, as its GeoJSON geometry in WGS84. Read from the
 * table at each call (no copy to go stale on another node).
 */
@Service
public class AreaMaps {

  /** An area with its GeoJSON geometry: a Point, Polygon or MultiPolygon, [longitude, latitude]. */
  public record AreaShape(String name, JsonNode geometry) {}

  private final StoredAreaRepository areas;

  AreaMaps(StoredAreaRepository areas) {
    this.areas = areas;
  }

  /** The municipality's areas that have a place on the map; empty when none has (or no such municipality). */
  @Transactional(readOnly = true)
  public List<AreaShape> of(String municipalityId) {
    return areas.findAllByOrderByMunicipalityIdAscPositionAscIdAsc().stream()
        .filter(a -> a.getMunicipalityId().equals(municipalityId) && a.getGeometry() != null)
        .map(a -> new AreaShape(a.getName(), AreaGeometryRules.parse(a.getGeometry()))).toList();
  }
}

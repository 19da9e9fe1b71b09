package se.directioncycle.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An area of a municipality (council_area), offered when members place their observations; with a GeoJSON geometry
 * once the administrator has given it a place on the map.
 */
@Entity
@Table(name = "council_area")
class StoredArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipalityId;
  private String name;
  private int position;
  /** GeoJSON geometry (WGS84), compact, as {@link AreaGeometryRules} wrote it; null when the area has none. */
  private String geometry;

  protected StoredArea() {}

  StoredArea(String municipalityId, String name, int position) {
    this.municipalityId = municipalityId;
    this.name = name;
    this.position = position;
  }

  String getMunicipalityId() {
    return municipalityId;
  }

  String getName() {
    return name;
  }

  int getPosition() {
    return position;
  }

  String getGeometry() {
    return geometry;
  }

  void setGeometry(String geometry) {
    this.geometry = geometry;
  }
}

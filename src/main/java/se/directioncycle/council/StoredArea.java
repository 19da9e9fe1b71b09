package se.directioncycle.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An area of a municipality (council_area), offered when members place their observations. */
@Entity
@Table(name = "council_area")
class StoredArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipalityId;
  private String name;
  private int position;

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
}

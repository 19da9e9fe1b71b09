package se.directioncycle.council;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality as stored (council_municipality); {@link MunicipalityRegistry} turns it into a {@link Municipality}. */
@Entity
@Table(name = "council_municipality")
class StoredMunicipality {

  @Id
  private String id;
  private String name;
  private String policeArea;
  private boolean quarterlyCycle;
  private int position;

  protected StoredMunicipality() {}

  StoredMunicipality(String id, String name, String policeArea, boolean quarterlyCycle, int position) {
    this.id = id;
    this.name = name;
    this.policeArea = policeArea;
    this.quarterlyCycle = quarterlyCycle;
    this.position = position;
  }

  String getId() {
    return id;
  }

  String getName() {
    return name;
  }

  String getPoliceArea() {
    return policeArea;
  }

  boolean isQuarterlyCycle() {
    return quarterlyCycle;
  }

  int getPosition() {
    return position;
  }

  void rename(String name) {
    this.name = name;
  }

  void setPoliceArea(String policeArea) {
    this.policeArea = policeArea;
  }

  void setQuarterlyCycle(boolean quarterlyCycle) {
    this.quarterlyCycle = quarterlyCycle;
  }
}

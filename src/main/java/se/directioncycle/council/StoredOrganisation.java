package se.directioncycle.council;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member organisation as stored (council_organisation); never deleted, only retired. */
@Entity
@Table(name = "council_organisation")
class StoredOrganisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipalityId;
  private String code;
  private String name;
  @Enumerated(EnumType.STRING)
  private Organisation.Type type;
  private boolean retired;
  private int position;

  protected StoredOrganisation() {}

  StoredOrganisation(String municipalityId, Organisation organisation, int position) {
    this.municipalityId = municipalityId;
    this.code = organisation.code();
    this.name = organisation.swedishName();
    this.type = organisation.type();
    this.retired = organisation.retired();
    this.position = position;
  }

  String getMunicipalityId() {
    return municipalityId;
  }

  String getCode() {
    return code;
  }

  int getPosition() {
    return position;
  }

  Organisation toOrganisation() {
    return new Organisation(code, name, type, retired);
  }

  void rename(String name) {
    this.name = name;
  }

  void retire() {
    this.retired = true;
  }
}

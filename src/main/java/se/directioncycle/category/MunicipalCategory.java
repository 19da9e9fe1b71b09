package se.directioncycle.category;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A municipality's change to the national list: a category of its own (a code the national list lacks), or a new
 * name (label) or retirement of a national one (label null keeps the national name).
 */
@Entity
@Table(name = "municipality_problem_category")
@IdClass(MunicipalCategory.Key.class)
class MunicipalCategory {

  record Key(String municipality, String code) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  private String municipality;
  @Id
  private String code;
  private String label;
  private boolean retired;
  private int position;
  private Instant changedAt;
  private String changedBy;

  protected MunicipalCategory() {}

  MunicipalCategory(String municipality, String code, String label, int position, Instant at, String by) {
    this.municipality = municipality;
    this.code = code;
    this.label = label;
    this.position = position;
    this.changedAt = at;
    this.changedBy = by;
  }

  void change(String newLabel, Boolean retire, Instant at, String by) {
    if (newLabel != null) {
      this.label = newLabel;
    }
    if (retire != null) {
      this.retired = retire;
    }
    this.changedAt = at;
    this.changedBy = by;
  }

  String getCode() {
    return code;
  }

  String getLabel() {
    return label;
  }

  boolean isRetired() {
    return retired;
  }

  int getPosition() {
    return position;
  }
}

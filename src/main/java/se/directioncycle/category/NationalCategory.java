package se.directioncycle.category;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of the national list (seeded by the migration; the same for every municipality). */
@Entity
@Table(name = "problem_category")
class NationalCategory {

  @Id
  private String code;
  private String label;
  private int position;

  protected NationalCategory() {}

  String getCode() {
    return code;
  }

  String getLabel() {
    return label;
  }

  int getPosition() {
    return position;
  }
}

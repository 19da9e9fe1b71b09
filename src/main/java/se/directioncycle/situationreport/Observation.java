package se.directioncycle.situationreport;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A place-based observation: category, area, time band, severity and a short description – never a person. */
@Entity
@Table(name = "observation")
class Observation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_seq")
  @SequenceGenerator(name = "observation_seq", sequenceName = "observation_seq", allocationSize = 50) // ADR 0025
  private Long id;
  private int position;
  private String category;
  private String area;
  private String timeBand;
  private int severity;
  private String description;

  protected Observation() {}

  Observation(int position, SituationInput.ObservationInput input) {
    this.position = position;
    this.category = input.category();
    this.area = input.area();
    this.timeBand = input.timeBand();
    this.severity = input.severity();
    this.description = input.description();
  }

  public String getCategory() {
    return category;
  }

  public String getArea() {
    return area;
  }

  public String getTimeBand() {
    return timeBand;
  }

  public int getSeverity() {
    return severity;
  }

  public String getDescription() {
    return description;
  }
}

package se.directioncycle.promise;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A focus area decided for the period: a problem category and its observations in the analysed two years. */
@Entity
@Table(name = "promise_focus_area")
public class PromiseFocusArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long periodId;
  private int position;
  private String problemCategory;
  private int observations;

  protected PromiseFocusArea() {}

  PromiseFocusArea(long periodId, int position, String problemCategory, int observations) {
    this.periodId = periodId;
    this.position = position;
    this.problemCategory = problemCategory;
    this.observations = observations;
  }

  public int getPosition() {
    return position;
  }

  public String getProblemCategory() {
    return problemCategory;
  }

  public int getObservations() {
    return observations;
  }
}

package se.directioncycle.promise;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme of the promise (answering one decided focus area) with its goal; the commitments hang below it. */
@Entity
@Table(name = "promise_theme")
public class PromiseTheme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long periodId;
  private int position;
  private String title;
  private String problemCategory;
  private String goal;

  protected PromiseTheme() {}

  PromiseTheme(long periodId, int position, PromiseDraft.Theme input) {
    this.periodId = periodId;
    this.position = position;
    this.title = input.title();
    this.problemCategory = input.problemCategory();
    this.goal = input.goal();
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getProblemCategory() {
    return problemCategory;
  }

  public String getGoal() {
    return goal;
  }
}

package se.directioncycle.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cycle's summary of the previous decision's interventions. */
@Entity
@Table(name = "evaluation_summary")
public class EvaluationSummary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private Long previousDecisionId;
  private int green;
  private int yellow;
  private int red;
  private int notEvaluated;
  @Column(length = 20000)
  private String summary;

  protected EvaluationSummary() {}

  EvaluationSummary(long cycleId, long previousDecisionId) {
    this.cycleId = cycleId;
    this.previousDecisionId = previousDecisionId;
  }

  void update(int green, int yellow, int red, int notEvaluated, String summary) {
    this.green = green;
    this.yellow = yellow;
    this.red = red;
    this.notEvaluated = notEvaluated;
    this.summary = summary;
  }

  public int getGreen() {
    return green;
  }

  public int getYellow() {
    return yellow;
  }

  public int getRed() {
    return red;
  }

  public int getNotEvaluated() {
    return notEvaluated;
  }

  public String getSummary() {
    return summary;
  }
}

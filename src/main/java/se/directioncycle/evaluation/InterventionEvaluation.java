package se.directioncycle.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The responsible organisation's evaluation of one intervention, made in a later cycle. */
@Entity
@Table(name = "intervention_evaluation")
class InterventionEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long interventionId;
  private Long cycleId;
  private String implementationStatus;
  private String trafficLight;
  private String outputAgainstTarget;
  private String observedEffect;
  private String recommendation;
  private String lessons;
  private String evaluatedBy;
  private Instant evaluatedAt;

  protected InterventionEvaluation() {}

  InterventionEvaluation(long interventionId, long cycleId) {
    this.interventionId = interventionId;
    this.cycleId = cycleId;
  }

  void update(EvaluationInput input, String evaluatedBy, Instant evaluatedAt) {
    this.implementationStatus = input.implementationStatus();
    this.trafficLight = input.trafficLight();
    this.outputAgainstTarget = input.outputAgainstTarget();
    this.observedEffect = input.observedEffect();
    this.recommendation = input.recommendation();
    this.lessons = input.lessons();
    this.evaluatedBy = evaluatedBy;
    this.evaluatedAt = evaluatedAt;
  }

  public Long getInterventionId() {
    return interventionId;
  }

  public String getImplementationStatus() {
    return implementationStatus;
  }

  public String getTrafficLight() {
    return trafficLight;
  }

  public String getOutputAgainstTarget() {
    return outputAgainstTarget;
  }

  public String getRecommendation() {
    return recommendation;
  }
}

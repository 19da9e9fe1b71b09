package se.directioncycle.situationreport;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A problem (observation category) ranked by the ProblemPriority table; the rule that fired is kept. */
@Entity
@Table(name = "ranked_problem")
public class RankedProblem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ranked_problem_seq")
  @SequenceGenerator(name = "ranked_problem_seq", sequenceName = "ranked_problem_seq", allocationSize = 50) // ADR 0025
  private Long id;
  private int rankOrder;
  private String category;
  private int observationCount;
  private int maxSeverity;
  private String trend;
  private int priority;
  private String priorityLabel;
  private String explanation;
  /** Per-area counts with counts under 5 shown as "<5". */
  private String areaBreakdown;

  protected RankedProblem() {}

  RankedProblem(int rankOrder, String category, int observationCount, int maxSeverity, String trend, int priority,
      String priorityLabel, String explanation, String areaBreakdown) {
    this.rankOrder = rankOrder;
    this.category = category;
    this.observationCount = observationCount;
    this.maxSeverity = maxSeverity;
    this.trend = trend;
    this.priority = priority;
    this.priorityLabel = priorityLabel;
    this.explanation = explanation;
    this.areaBreakdown = areaBreakdown;
  }

  public int getRankOrder() {
    return rankOrder;
  }

  public String getCategory() {
    return category;
  }

  public int getObservationCount() {
    return observationCount;
  }

  public int getMaxSeverity() {
    return maxSeverity;
  }

  public String getTrend() {
    return trend;
  }

  /** The trend in Swedish: "ökande", "minskande", "oförändrad" or "ny". */
  public String getTrendLabel() {
    return SituationReportCompiler.trendLabel(trend);
  }

  public int getPriority() {
    return priority;
  }

  public String getPriorityLabel() {
    return priorityLabel;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getAreaBreakdown() {
    return areaBreakdown;
  }
}

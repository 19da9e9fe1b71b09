package se.directioncycle.intervention;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One status report on an intervention by its lead or one of its participating organisations; one per task (a
 * retried completion cannot add a second).
 */
@Entity
@Table(name = "follow_up_report")
class FollowUpReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long interventionId;
  private String taskId;
  private String organisation;
  private String trafficLight;
  private long progressCount;
  private String statusComment;
  private String reportedBy;
  private Instant reportedAt;

  protected FollowUpReport() {}

  FollowUpReport(long interventionId, String taskId, String organisation, String trafficLight, long progressCount,
      String statusComment, String reportedBy, Instant reportedAt) {
    this.interventionId = interventionId;
    this.taskId = taskId;
    this.organisation = organisation;
    this.trafficLight = trafficLight;
    this.progressCount = progressCount;
    this.statusComment = statusComment;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  public Long getInterventionId() {
    return interventionId;
  }

  /** The code of the organisation that reported. */
  public String getOrganisation() {
    return organisation;
  }

  public String getTrafficLight() {
    return trafficLight;
  }

  public long getProgressCount() {
    return progressCount;
  }

  public String getStatusComment() {
    return statusComment;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}

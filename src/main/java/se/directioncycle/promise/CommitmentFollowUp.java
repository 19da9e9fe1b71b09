package se.directioncycle.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A commitment's follow-up for one year: progress counted from linked interventions, and the party's comment. */
@Entity
@Table(name = "commitment_follow_up")
public class CommitmentFollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long commitmentId;
  @Column(name = "follow_up_year")
  private int year;
  private long progress;
  private int linkedInterventions;
  @Column(length = 4000)
  private String partyComment;
  private String commentedBy;
  private Instant computedAt;

  protected CommitmentFollowUp() {}

  CommitmentFollowUp(long commitmentId, int year) {
    this.commitmentId = commitmentId;
    this.year = year;
  }

  void counted(CommitmentProgress progress, Instant at) {
    this.progress = progress.progress();
    this.linkedInterventions = progress.linkedInterventions();
    this.computedAt = at;
  }

  void commented(String comment, String by) {
    this.partyComment = comment;
    this.commentedBy = by;
  }

  public Long getCommitmentId() {
    return commitmentId;
  }

  public int getYear() {
    return year;
  }

  public long getProgress() {
    return progress;
  }

  public int getLinkedInterventions() {
    return linkedInterventions;
  }

  public String getPartyComment() {
    return partyComment;
  }
}

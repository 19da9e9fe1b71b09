package se.directioncycle.situationreport;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One member organisation's input to one cycle's situation report, or the record that it is missing. */
@Entity
@Table(name = "submission")
class Submission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String organisation;
  @Enumerated(EnumType.STRING)
  private SubmissionStatus status;
  private boolean nothingToReport;
  private String submittedBy;
  private Instant submittedAt;
  // the parent key goes in with the INSERT and a child never moves: no UPDATE after it
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "submission_id", nullable = false, updatable = false)
  private List<IndicatorValue> indicatorValues = new ArrayList<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "submission_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<Observation> observations = new ArrayList<>();

  protected Submission() {}

  Submission(long cycleId, String organisation) {
    this.cycleId = cycleId;
    this.organisation = organisation;
    this.status = SubmissionStatus.MISSING;
  }

  /** Fills in a new submission with the organisation's input (saved once, as its task completes). */
  void submitted(SituationInput input, String submittedBy, Instant submittedAt) {
    this.status = SubmissionStatus.SUBMITTED;
    this.nothingToReport = input.nothingToReport();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    input.indicators().forEach((code, value) -> indicatorValues.add(new IndicatorValue(code, value)));
    for (int i = 0; i < input.observations().size(); i++) {
      observations.add(new Observation(i + 1, input.observations().get(i)));
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public String getOrganisation() {
    return organisation;
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public boolean isNothingToReport() {
    return nothingToReport;
  }

  public List<IndicatorValue> getIndicatorValues() {
    return indicatorValues;
  }

  public List<Observation> getObservations() {
    return observations;
  }
}

package se.directioncycle.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One municipality's promise period from its first to its last month, one to three years ({@link PeriodMonths}; at
 * most one per municipality and start year, unique constraint): the analysis it rests on, the review and the two
 * signatures, publication and the final feedback to citizens.
 */
@Entity
@Table(name = "promise_period")
public class PromisePeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipality;
  private int startYear;
  private int endYear;
  private String firstMonth;
  private String lastMonth;
  private String businessKey;
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  private PromisePeriodStatus status;
  private Instant openedAt;
  @Column(length = 20000)
  private String analysis;
  private Instant analysisCompiledAt;
  @Column(length = 4000)
  private String focusMotivation;
  private int draftRevision;
  @Column(length = 4000)
  private String reviewComment;
  @Column(length = 4000)
  private String refusalReason;
  private String commissionerSignedBy;
  private Instant commissionerSignedAt;
  private String policeChiefSignedBy;
  private Instant policeChiefSignedAt;
  private Instant publishedAt;
  @Column(length = 8000)
  private String feedbackReport;
  private Instant feedbackPublishedAt;

  protected PromisePeriod() {}

  PromisePeriod(String municipality, PeriodMonths months, String processInstanceId, Instant openedAt) {
    this.municipality = municipality;
    this.startYear = months.startYear();
    this.endYear = months.endYear();
    this.firstMonth = months.first().toString();
    this.lastMonth = months.last().toString();
    this.businessKey = businessKey(municipality, months);
    this.processInstanceId = processInstanceId;
    this.status = PromisePeriodStatus.PREPARING;
    this.openedAt = openedAt;
  }

  /** `<municipality>-<first year>-<last year>`, e.g. `kalix-2024-2026` (or `kalix-2016-2016` for a year). */
  static String businessKey(String municipality, PeriodMonths months) {
    return municipality + "-" + months.startYear() + "-" + months.endYear();
  }

  /** "2024–2026", or "2016" for a period within one year. */
  public String label() {
    return months().label();
  }

  public PeriodMonths months() {
    return new PeriodMonths(YearMonth.parse(firstMonth), YearMonth.parse(lastMonth));
  }

  void analysisCompiled(String text, Instant at) {
    this.analysis = text;
    this.analysisCompiledAt = at;
  }

  void focusDecided(String motivation) {
    this.focusMotivation = motivation;
  }

  void drafted() {
    this.draftRevision++;
    this.status = PromisePeriodStatus.IN_REVIEW;
  }

  void returnedByReview(String comment) {
    this.reviewComment = comment;
    this.status = PromisePeriodStatus.PREPARING;
  }

  void approvedByReview(String comment) {
    this.reviewComment = comment;
    this.refusalReason = null;
    this.commissionerSignedBy = null;
    this.commissionerSignedAt = null;
    this.policeChiefSignedBy = null;
    this.policeChiefSignedAt = null;
    this.status = PromisePeriodStatus.SIGNING;
  }

  void signed(Signatory signatory, String by, Instant at) {
    if (signatory == Signatory.COMMISSIONER) {
      this.commissionerSignedBy = by;
      this.commissionerSignedAt = at;
    } else {
      this.policeChiefSignedBy = by;
      this.policeChiefSignedAt = at;
    }
  }

  void refused(Signatory signatory, String reason) {
    this.refusalReason = signatory.label() + ": " + reason;
    this.status = PromisePeriodStatus.PREPARING;
  }

  /** In force only when both have signed. */
  boolean bothSigned() {
    return commissionerSignedAt != null && policeChiefSignedAt != null;
  }

  void published(Instant at) {
    if (publishedAt == null) {
      this.publishedAt = at;
    }
    this.status = PromisePeriodStatus.IN_FORCE;
  }

  void feedbackWritten(String report) {
    this.feedbackReport = report;
  }

  void closed(Instant at) {
    if (feedbackPublishedAt == null) {
      this.feedbackPublishedAt = at;
    }
    this.status = PromisePeriodStatus.CLOSED;
  }

  public boolean covers(int year) {
    return year >= startYear && year <= endYear;
  }

  public Long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public int getStartYear() {
    return startYear;
  }

  public int getEndYear() {
    return endYear;
  }

  /** `YYYY-MM`. */
  public String getFirstMonth() {
    return firstMonth;
  }

  /** `YYYY-MM`. */
  public String getLastMonth() {
    return lastMonth;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public PromisePeriodStatus getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getAnalysis() {
    return analysis;
  }

  public Instant getAnalysisCompiledAt() {
    return analysisCompiledAt;
  }

  public String getFocusMotivation() {
    return focusMotivation;
  }

  public int getDraftRevision() {
    return draftRevision;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public String getCommissionerSignedBy() {
    return commissionerSignedBy;
  }

  public Instant getCommissionerSignedAt() {
    return commissionerSignedAt;
  }

  public String getPoliceChiefSignedBy() {
    return policeChiefSignedBy;
  }

  public Instant getPoliceChiefSignedAt() {
    return policeChiefSignedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getFeedbackReport() {
    return feedbackReport;
  }

  public Instant getFeedbackPublishedAt() {
    return feedbackPublishedAt;
  }
}

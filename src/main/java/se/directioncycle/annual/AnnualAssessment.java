package se.directioncycle.annual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One municipality's annual assessment (at most one per municipality and year, unique constraint): the
 * compiled picture of the year, the statutory action plan and the board's decision on it.
 */
@Entity
@Table(name = "annual_assessment")
public class AnnualAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipality;
  @Column(name = "assessment_year")
  private int year;
  private String businessKey;
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  private AnnualAssessmentStatus status;
  private Instant openedAt;
  private Long surveyId;
  private Integer quarterReports;
  @Column(length = 20000)
  private String pictureSummary;
  private Instant pictureCompiledAt;
  @Column(length = 4000)
  private String focusAreas;
  @Column(length = 4000)
  private String measures;
  @Column(length = 2000)
  private String responsible;
  @Column(length = 2000)
  private String followUp;
  private int planRevision;
  @Column(length = 4000)
  private String boardComment;
  private LocalDate decisionDate;
  private Integer protocolParagraph;
  private String decidedBy;
  private Instant decidedAt;

  protected AnnualAssessment() {}

  AnnualAssessment(String municipality, int year, String processInstanceId, Instant openedAt) {
    this.municipality = municipality;
    this.year = year;
    this.businessKey = businessKey(municipality, year);
    this.processInstanceId = processInstanceId;
    this.status = AnnualAssessmentStatus.OPEN;
    this.openedAt = openedAt;
  }

  /** `<municipality>-<YYYY>-arsbedomning`, beside the quarterly `<municipality>-<YYYY>-Q<n>`. */
  public static String businessKey(String municipality, int year) {
    return municipality + "-" + year + "-arsbedomning";
  }

  void pictureCompiled(Long surveyId, int quarterReports, String summary, Instant at) {
    this.surveyId = surveyId;
    this.quarterReports = quarterReports;
    this.pictureSummary = summary;
    this.pictureCompiledAt = at;
  }

  void planPrepared(ActionPlan plan) {
    this.focusAreas = plan.focusAreas();
    this.measures = plan.measures();
    this.responsible = plan.responsible();
    this.followUp = plan.followUp();
    this.planRevision++;
  }

  void returned(String comment) {
    this.boardComment = comment;
  }

  void approved(LocalDate decisionDate, int protocolParagraph, String comment, String by) {
    this.decisionDate = decisionDate;
    this.protocolParagraph = protocolParagraph;
    this.boardComment = comment;
    this.decidedBy = by;
  }

  void decided(Instant at) {
    this.status = AnnualAssessmentStatus.DECIDED;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public int getYear() {
    return year;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public AnnualAssessmentStatus getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Long getSurveyId() {
    return surveyId;
  }

  public Integer getQuarterReports() {
    return quarterReports;
  }

  public String getPictureSummary() {
    return pictureSummary;
  }

  public Instant getPictureCompiledAt() {
    return pictureCompiledAt;
  }

  public ActionPlan getActionPlan() {
    return focusAreas == null ? null : new ActionPlan(focusAreas, measures, responsible, followUp);
  }

  public int getPlanRevision() {
    return planRevision;
  }

  public String getBoardComment() {
    return boardComment;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public Integer getProtocolParagraph() {
    return protocolParagraph;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}

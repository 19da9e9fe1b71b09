package se.directioncycle.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import se.directioncycle.privacy.SmallCounts;

/**
 * One aggregate of a survey: the share of respondents in an area answering a question a certain way.
 * Rows with fewer than {@link SmallCounts#THRESHOLD} respondents are kept but flagged, so that reports
 * broken down by area suppress them.
 */
@Entity
@Table(name = "safety_survey_row")
public class SafetySurveyRow {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_survey_row_seq")
  @SequenceGenerator(name = "safety_survey_row_seq", sequenceName = "safety_survey_row_seq", allocationSize = 50) // ADR 0025
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id")
  private SafetySurvey survey;
  private String area;
  @Enumerated(EnumType.STRING)
  private SurveyQuestion questionCode;
  private BigDecimal sharePercent;
  private int respondents;
  private boolean suppressed;

  protected SafetySurveyRow() {}

  SafetySurveyRow(SafetySurvey survey, String area, SurveyQuestion question, BigDecimal sharePercent, int respondents) {
    this.survey = survey;
    this.area = area;
    this.questionCode = question;
    this.sharePercent = sharePercent;
    this.respondents = respondents;
    this.suppressed = respondents < SmallCounts.THRESHOLD;
  }

  public String getArea() {
    return area;
  }

  public SurveyQuestion getQuestion() {
    return questionCode;
  }

  public BigDecimal getSharePercent() {
    return sharePercent;
  }

  public int getRespondents() {
    return respondents;
  }

  public boolean isSuppressed() {
    return suppressed;
  }
}

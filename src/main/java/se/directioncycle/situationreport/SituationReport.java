package se.directioncycle.situationreport;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * The quarter's situation report (lägesbild) with the three sections the law asks for: mapping of
 * crime, other relevant information, and an analysis.
 */
@Entity
@Table(name = "situation_report")
public class SituationReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private Instant compiledAt;
  private String missingOrganisations;
  @Column(length = 20000)
  private String summary;
  @Column(length = 10000)
  private String mappingSection;
  @Column(length = 10000)
  private String otherInformationSection;
  @Column(length = 10000)
  private String analysisSection;
  private String approvedBy;
  private Instant approvedAt;
  // the parent key goes in with the INSERT and a child never moves: no UPDATE after it
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private List<IndicatorTotal> indicatorTotals = new ArrayList<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  @OrderBy("rankOrder")
  private List<RankedProblem> rankedProblems = new ArrayList<>();

  protected SituationReport() {}

  SituationReport(long cycleId) {
    this.cycleId = cycleId;
  }

  void compiled(Instant at, String missingOrganisations, String summary, List<IndicatorTotal> totals,
      List<RankedProblem> problems) {
    this.compiledAt = at;
    this.missingOrganisations = missingOrganisations;
    this.summary = summary;
    indicatorTotals.clear();
    indicatorTotals.addAll(totals);
    rankedProblems.clear();
    rankedProblems.addAll(problems);
  }

  void approve(String mapping, String otherInformation, String analysis, String by, Instant at) {
    this.mappingSection = mapping;
    this.otherInformationSection = otherInformation;
    this.analysisSection = analysis;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Instant getCompiledAt() {
    return compiledAt;
  }

  public String getSummary() {
    return summary;
  }

  public String getMissingOrganisations() {
    return missingOrganisations;
  }

  public String getMappingSection() {
    return mappingSection;
  }

  public String getOtherInformationSection() {
    return otherInformationSection;
  }

  public String getAnalysisSection() {
    return analysisSection;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public List<IndicatorTotal> getIndicatorTotals() {
    return indicatorTotals;
  }

  public List<RankedProblem> getRankedProblems() {
    return rankedProblems;
  }
}

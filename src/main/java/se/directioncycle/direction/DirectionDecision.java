package se.directioncycle.direction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.directioncycle.cycle.Quarter;

/** A quarter's direction decision (inriktningsbeslut). Once registered it can never change. */
@Entity
@Table(name = "direction_decision")
public class DirectionDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String municipality;
  @Column(name = "cycle_year")
  private int year;
  private int quarter;
  @Enumerated(EnumType.STRING)
  private DecisionStatus status;
  private int revision;
  private String chairComment;
  private String decisionNumber;
  private LocalDate meetingDate;
  private Integer protocolParagraph;
  private String decidedBy;
  private Instant registeredAt;
  @Column(length = 20000)
  private String document;
  @Column(name = "document_sha256")
  private String documentSha256;
  // the parent key goes in with the INSERT and a child never moves: no UPDATE after it
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "decision_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<FocusArea> focusAreas = new ArrayList<>();

  @Transient
  private boolean registeredWhenLoaded;

  protected DirectionDecision() {}

  DirectionDecision(long cycleId, String municipality, Quarter quarter) {
    this.cycleId = cycleId;
    this.municipality = municipality;
    this.year = quarter.year();
    this.quarter = quarter.quarter();
    this.status = DecisionStatus.DRAFT;
  }

  @PostLoad
  void rememberStatus() {
    registeredWhenLoaded = status == DecisionStatus.REGISTERED;
  }

  @PreUpdate
  @PreRemove
  void refuseChangeOfRegistered() {
    if (registeredWhenLoaded) {
      throw new IllegalStateException("Decision " + decisionNumber + " is registered and immutable");
    }
  }

  void ensureDraft() {
    if (status != DecisionStatus.DRAFT) {
      throw new IllegalStateException("Decision " + decisionNumber + " is registered and immutable");
    }
  }

  void replaceContent(List<FocusArea> newFocusAreas) {
    ensureDraft();
    focusAreas.clear();
    focusAreas.addAll(newFocusAreas);
    revision++;
  }

  void returned(String comment) {
    ensureDraft();
    this.chairComment = comment;
  }

  void approved(LocalDate meetingDate, int protocolParagraph, String decidedBy) {
    ensureDraft();
    this.meetingDate = meetingDate;
    this.protocolParagraph = protocolParagraph;
    this.decidedBy = decidedBy;
  }

  void register(String decisionNumber, String document, String documentSha256, Instant at) {
    ensureDraft();
    this.decisionNumber = decisionNumber;
    this.document = document;
    this.documentSha256 = documentSha256;
    this.registeredAt = at;
    this.status = DecisionStatus.REGISTERED;
  }

  public Stream<Intervention> interventions() {
    return focusAreas.stream().flatMap(f -> f.getInterventions().stream());
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public String getMunicipality() {
    return municipality;
  }

  public Quarter getQuarter() {
    return new Quarter(year, quarter);
  }

  public DecisionStatus getStatus() {
    return status;
  }

  public int getRevision() {
    return revision;
  }

  public String getChairComment() {
    return chairComment;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public Integer getProtocolParagraph() {
    return protocolParagraph;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getDocument() {
    return document;
  }

  public String getDocumentSha256() {
    return documentSha256;
  }

  public List<FocusArea> getFocusAreas() {
    return focusAreas;
  }
}

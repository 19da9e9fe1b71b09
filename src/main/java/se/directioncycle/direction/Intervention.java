package se.directioncycle.direction;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.directioncycle.council.Organisation;

/** An intervention (insats): who does what, when, measured by which indicator against which target. */
@Entity
@Table(name = "intervention")
public class Intervention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long decisionId;
  private String municipality;
  private int position;
  private String title;
  private String responsibleOrganisation;
  @Enumerated(EnumType.STRING)
  private Organisation.Party party;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String indicator;
  private String target;
  private Long carriedOverFromId;
  private Long commitmentId;

  protected Intervention() {}

  Intervention(long decisionId, String municipality, int position, DirectionProposal.InterventionInput input) {
    this.decisionId = decisionId;
    this.municipality = municipality;
    this.position = position;
    this.title = input.title();
    this.responsibleOrganisation = input.responsibleOrganisation().code();
    this.party = input.responsibleOrganisation().party();
    this.periodStart = input.periodStart();
    this.periodEnd = input.periodEnd();
    this.indicator = input.indicator();
    this.target = input.target();
    this.carriedOverFromId = input.carriedOverFromId();
    this.commitmentId = input.commitmentId();
  }

  /** The citizen-promise commitment this intervention counts towards, if any. */
  public Long getCommitmentId() {
    return commitmentId;
  }

  public Long getId() {
    return id;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getTitle() {
    return title;
  }

  public Organisation getResponsibleOrganisation() {
    return Organisation.fromCode(responsibleOrganisation).orElseThrow();
  }

  public Organisation.Party getParty() {
    return party;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public String getIndicator() {
    return indicator;
  }

  public String getTarget() {
    return target;
  }

  public Long getCarriedOverFromId() {
    return carriedOverFromId;
  }

  /** The candidate group that reports on this intervention. */
  public String responsibleGroup() {
    return municipality + "-" + responsibleOrganisation;
  }
}

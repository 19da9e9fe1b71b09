package se.directioncycle.direction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;

/**
 * An intervention (insats): who does what, when, measured by which indicator against which target. One lead
 * organisation is responsible; any number of participating organisations carry it out together with the lead
 * (a joint intervention), and each reports its own part of the follow-up.
 */
@Entity
@Table(name = "intervention")
@EntityListeners(InterventionCouncil.class)
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
  @ElementCollection
  @CollectionTable(name = "intervention_participant", joinColumns = @JoinColumn(name = "intervention_id"))
  @OrderColumn(name = "position")
  @Column(name = "organisation")
  private List<String> participants = new ArrayList<>();
  /** The municipality's areas where it is carried out, by name as observations name them; none: everywhere. */
  @ElementCollection
  @CollectionTable(name = "intervention_area", joinColumns = @JoinColumn(name = "intervention_id"))
  @OrderColumn(name = "position")
  @Column(name = "area")
  private List<String> areas = new ArrayList<>();
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String indicator;
  private String target;
  private Long carriedOverFromId;
  private Long commitmentId;
  /**
   * The municipality's council as stored when asked (set when loaded, {@link InterventionCouncil}), so organisations
   * show their stored names; read on use, since a JPA callback must not query.
   */
  @Transient
  private Supplier<Municipality> council;

  protected Intervention() {}

  Intervention(long decisionId, Municipality municipality, int position, DirectionProposal.InterventionInput input) {
    this.decisionId = decisionId;
    this.municipality = municipality.id();
    this.council = () -> municipality;
    this.position = position;
    this.title = input.title();
    this.responsibleOrganisation = input.responsibleOrganisation().code();
    this.party = input.responsibleOrganisation().party();
    input.participants().forEach(p -> this.participants.add(p.code()));
    this.areas.addAll(input.areas());
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
    return organisation(responsibleOrganisation);
  }

  void useCouncil(Supplier<Municipality> council) {
    this.council = council;
  }

  /** Active or retired, by its stored name; the standard type's name only before the council is known. */
  private Organisation organisation(String code) {
    Municipality stored = council == null ? null : council.get();
    return stored != null ? stored.organisation(code)
        : new Municipality(municipality, municipality, null, false, List.of(), List.of()).organisation(code);
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

  /** The participating organisations besides the lead, in the order the proposal listed them. */
  public List<Organisation> getParticipants() {
    return participants.stream().map(this::organisation).toList();
  }

  /** The areas where it is carried out; empty for the whole municipality. */
  public List<String> getAreas() {
    return List.copyOf(areas);
  }

  /** The parties of the lead and of every participant: a linked commitment must share one of them. */
  public Set<Organisation.Party> parties() {
    Set<Organisation.Party> parties = EnumSet.of(party);
    getParticipants().forEach(p -> parties.add(p.party()));
    return parties;
  }

  /** The candidate group of the lead, which reports the intervention's traffic light and evaluates it. */
  public String responsibleGroup() {
    return groupOf(responsibleOrganisation);
  }

  /** The groups that report on this intervention: the lead's first, then each participant's. */
  public List<String> reportingGroups() {
    List<String> groups = new ArrayList<>();
    groups.add(responsibleGroup());
    participants.forEach(code -> groups.add(groupOf(code)));
    return groups;
  }

  /** The lead or participating organisation whose candidate group this is, if any. */
  public Optional<Organisation> organisationOfGroup(String group) {
    return organisationCodeOfGroup(group).map(this::organisation);
  }

  /**
   * The code of the lead or participating organisation whose candidate group this is, if any: from the intervention
   * alone, without asking the council for the organisation's name.
   */
  public Optional<String> organisationCodeOfGroup(String group) {
    String code = group == null ? null : Municipality.codeOfGroup(municipality, group);
    return code != null && (code.equals(responsibleOrganisation) || participants.contains(code)) ? Optional.of(code)
        : Optional.empty();
  }

  /**
   * Whether the organisation with this code leads the intervention (its report's colour steers the escalation);
   * compared by code, the organisation's identity whatever the council calls it.
   */
  public boolean isLeadBy(String organisationCode) {
    return responsibleOrganisation.equals(organisationCode);
  }

  private String groupOf(String organisationCode) {
    return municipality + "-" + organisationCode;
  }
}

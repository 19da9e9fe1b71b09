package se.directioncycle.promise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.directioncycle.council.Organisation;

/**
 * What one or more parties promise under a theme: either quantitative (a yearly target in a unit, measured by an
 * indicator, with an optional baseline) or qualitative (what will be done, judged each year with a narrative).
 * The first party is the lead: it judges a qualitative commitment at the yearly follow-up.
 */
@Entity
@Table(name = "promise_commitment")
public class PromiseCommitment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long themeId;
  private Long periodId;
  private String municipality;
  private int position;
  @Enumerated(EnumType.STRING)
  private CommitmentKind kind;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "promise_commitment_party", joinColumns = @JoinColumn(name = "commitment_id"))
  @OrderColumn(name = "position")
  private List<CommitmentParty> parties = new ArrayList<>();
  private String description;
  private Integer yearlyTarget;
  private String unit;
  private String indicator;
  private String baseline;

  protected PromiseCommitment() {}

  PromiseCommitment(long themeId, long periodId, String municipality, int position, PromiseDraft.Commitment input) {
    this.themeId = themeId;
    this.periodId = periodId;
    this.municipality = municipality;
    this.position = position;
    this.kind = input.kind();
    this.parties = new ArrayList<>(input.parties());
    this.description = input.description();
    this.yearlyTarget = input.yearlyTarget();
    this.unit = input.unit();
    this.indicator = input.indicator();
    this.baseline = input.baseline();
  }

  public Long getId() {
    return id;
  }

  public Long getThemeId() {
    return themeId;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public String getMunicipality() {
    return municipality;
  }

  public int getPosition() {
    return position;
  }

  public CommitmentKind getKind() {
    return kind;
  }

  public boolean isQualitative() {
    return kind == CommitmentKind.QUALITATIVE;
  }

  /** Every party, the lead first. */
  public List<CommitmentParty> getParties() {
    return List.copyOf(parties);
  }

  /** The lead party (the first written). */
  public Organisation.Party getLeadParty() {
    return parties.get(0).getParty();
  }

  /** The kinds of party among the parties (a commitment of two partners has one: PARTNER). */
  public Set<Organisation.Party> getPartyTypes() {
    Set<Organisation.Party> types = EnumSet.noneOf(Organisation.Party.class);
    parties.forEach(p -> types.add(p.getParty()));
    return types;
  }

  /** "Polisen, Kommunen och Älvkarlebyhus". */
  public String partyNames() {
    return CommitmentParty.names(parties);
  }

  public String getDescription() {
    return description;
  }

  /** Null on a qualitative commitment. */
  public Integer getYearlyTarget() {
    return yearlyTarget;
  }

  public String getUnit() {
    return unit;
  }

  public String getIndicator() {
    return indicator;
  }

  /** Where the indicator stood before the period (free text, optional), e.g. "90 kontakter 2023". */
  public String getBaseline() {
    return baseline;
  }

  /** "mål 120 insatser per år" or "kvalitativt åtagande". */
  public String targetText() {
    return isQualitative() ? "kvalitativt åtagande" : "mål " + yearlyTarget + " " + unit + " per år";
  }
}

package se.directioncycle.promise;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.directioncycle.council.Organisation;

/** What one party promises under a theme, with a quantified yearly target in a unit, measured by an indicator. */
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
  private Organisation.Party party;
  private String description;
  private int yearlyTarget;
  private String unit;
  private String indicator;

  protected PromiseCommitment() {}

  PromiseCommitment(long themeId, long periodId, String municipality, int position, PromiseDraft.Commitment input) {
    this.themeId = themeId;
    this.periodId = periodId;
    this.municipality = municipality;
    this.position = position;
    this.party = input.party();
    this.description = input.description();
    this.yearlyTarget = input.yearlyTarget();
    this.unit = input.unit();
    this.indicator = input.indicator();
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

  public Organisation.Party getParty() {
    return party;
  }

  public String getDescription() {
    return description;
  }

  public int getYearlyTarget() {
    return yearlyTarget;
  }

  public String getUnit() {
    return unit;
  }

  public String getIndicator() {
    return indicator;
  }
}

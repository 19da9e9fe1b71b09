package se.directioncycle.agreement;

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
import java.time.ZonedDateTime;
import se.directioncycle.engine.EngineClock;

/**
 * One written cooperation agreement of a municipality (at most one per municipality and first day, unique
 * constraint): its title, parties (organisation names only), period, and what became of it at renewal time.
 */
@Entity
@Table(name = "cooperation_agreement")
class CooperationAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipality;
  @Column(length = 200)
  private String title;
  @Column(length = 1000)
  private String parties;
  private LocalDate validFrom;
  private LocalDate validTo;
  private LocalDate signedOn;
  @Enumerated(EnumType.STRING)
  private CooperationAgreementStatus status;
  private String businessKey;
  private String processInstanceId;
  private Instant registeredAt;
  private String registeredBy;
  @Enumerated(EnumType.STRING)
  private RenewalOutcome renewalOutcome;
  @Column(length = 2000)
  private String renewalNote;
  private String renewalDecidedBy;
  private Instant renewalRecordedAt;
  private Instant expiredAt;

  protected CooperationAgreement() {}

  CooperationAgreement(String municipality, AgreementInput input, String processInstanceId, Instant registeredAt,
      String registeredBy) {
    this.municipality = municipality;
    this.title = input.title();
    this.parties = input.parties();
    this.validFrom = input.validFrom();
    this.validTo = input.validTo();
    this.signedOn = input.signedOn();
    this.status = CooperationAgreementStatus.ACTIVE;
    this.businessKey = businessKey(municipality, input.validFrom());
    this.processInstanceId = processInstanceId;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
  }

  /** `<municipality>-samverkan-<first day>`, e.g. `kalix-samverkan-2027-01-01`. */
  public static String businessKey(String municipality, LocalDate validFrom) {
    return municipality + "-samverkan-" + validFrom;
  }

  /** "2027-01-01–2029-12-31": no spaced dash, which task titles use as their separator. */
  public static String periodLabel(LocalDate validFrom, LocalDate validTo) {
    return validFrom + "–" + validTo;
  }

  /** An agreement is in force through its last day: it expires when the next day starts, Swedish time. */
  public static ZonedDateTime expiry(LocalDate validTo) {
    return validTo.plusDays(1).atStartOfDay(EngineClock.SWEDEN);
  }

  void renewalDecided(RenewalOutcome outcome, String note, String decidedBy, Instant at) {
    this.renewalOutcome = outcome;
    this.renewalNote = note;
    this.renewalDecidedBy = decidedBy;
    this.renewalRecordedAt = at;
    this.status = outcome.status();
  }

  void expired(Instant at) {
    this.status = CooperationAgreementStatus.EXPIRED;
    this.expiredAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getTitle() {
    return title;
  }

  public String getParties() {
    return parties;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public String getPeriodLabel() {
    return periodLabel(validFrom, validTo);
  }

  public CooperationAgreementStatus getStatus() {
    return status;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public RenewalOutcome getRenewalOutcome() {
    return renewalOutcome;
  }

  public String getRenewalNote() {
    return renewalNote;
  }

  public String getRenewalDecidedBy() {
    return renewalDecidedBy;
  }

  public Instant getRenewalRecordedAt() {
    return renewalRecordedAt;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }
}

package se.directioncycle.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask the register (the annual assessment asks which agreement holds at the end of its year). */
@Service
public class CooperationAgreements {

  /**
   * The agreement in force on a day, as other features see it.
   *
   * @param renewalDue whether the day is within the renewal lead time before it expires
   */
  public record InForce(String title, LocalDate validFrom, LocalDate validTo, CooperationAgreementStatus status,
      boolean renewalDue, long renewalLeadDays) {

    public String periodLabel() {
      return CooperationAgreement.periodLabel(validFrom, validTo);
    }
  }

  private final CooperationAgreementRepository agreements;
  private final CooperationAgreementProperties timing;

  CooperationAgreements(CooperationAgreementRepository agreements, CooperationAgreementProperties timing) {
    this.agreements = agreements;
    this.timing = timing;
  }

  /** The agreement whose period contains the day; of overlapping ones, the one that started last. */
  @Transactional(readOnly = true)
  public Optional<InForce> inForceOn(String municipality, LocalDate day) {
    return agreements
        .findByMunicipalityAndValidFromLessThanEqualAndValidToGreaterThanEqualOrderByValidFromDesc(municipality, day, day)
        .stream().findFirst()
        .map(a -> new InForce(a.getTitle(), a.getValidFrom(), a.getValidTo(), a.getStatus(),
            !timing.renewalDueAt(a.getValidTo()).isAfter(CooperationAgreement.expiry(day).toInstant()),
            timing.renewalLeadDays()));
  }

  /** Every agreement valid some day between the two days (inclusive), the latest start first. */
  @Transactional(readOnly = true)
  public java.util.List<InForce> validDuring(String municipality, LocalDate from, LocalDate to) {
    return agreements
        .findByMunicipalityAndValidFromLessThanEqualAndValidToGreaterThanEqualOrderByValidFromDesc(municipality, to, from)
        .stream()
        .map(a -> new InForce(a.getTitle(), a.getValidFrom(), a.getValidTo(), a.getStatus(),
            !timing.renewalDueAt(a.getValidTo()).isAfter(CooperationAgreement.expiry(to).toInstant()),
            timing.renewalLeadDays()))
        .toList();
  }
}

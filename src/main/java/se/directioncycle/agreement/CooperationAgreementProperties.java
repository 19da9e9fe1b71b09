package se.directioncycle.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timing of the agreement register (`directioncycle.agreement.*`, ISO-8601 durations): the renewal task comes
 * this long before an agreement expires (at the end of its last day). Each agreement copies it when registered.
 */
@ConfigurationProperties("directioncycle.agreement")
record CooperationAgreementProperties(@DefaultValue("P90D") Duration renewalLeadTime) {

  public CooperationAgreementProperties {
    if (renewalLeadTime.isNegative() || renewalLeadTime.isZero()) {
      throw new IllegalStateException("directioncycle.agreement.renewal-lead-time must be positive");
    }
  }

  /** The expiry minus the lead time; whole days are counted in calendar days, so the task comes at local midnight. */
  public Instant renewalDueAt(LocalDate validTo) {
    ZonedDateTime expiry = CooperationAgreement.expiry(validTo);
    long days = renewalLeadTime.toDays();
    return expiry.minusDays(days).minus(renewalLeadTime.minusDays(days)).toInstant();
  }

  /** Whole days of the lead time, for Swedish text ("inom 90 dagar"). */
  public long renewalLeadDays() {
    return renewalLeadTime.toDays();
  }
}

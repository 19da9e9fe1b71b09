package se.directioncycle.promise;

import java.time.Duration;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timing of the promise cycle (`directioncycle.promise.*`): how long the dialogues may take from the start, the
 * day of the yearly follow-up in each year of the period (`MM-DD`, default `12-01`), and how long the parties
 * then have to comment.
 */
@ConfigurationProperties("directioncycle.promise")
record CitizenPromiseProperties(
    @DefaultValue("P60D") Duration dialoguePeriod,
    @DefaultValue("12-01") String followUpDay,
    @DefaultValue("P21D") Duration commentPeriod) {

  public CitizenPromiseProperties {
    MonthDay.parse("--" + followUpDay); // fail at startup, not at the first follow-up
  }

  public MonthDay followUpMonthDay() {
    return MonthDay.parse("--" + followUpDay);
  }
}

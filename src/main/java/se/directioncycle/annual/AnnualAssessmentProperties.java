package se.directioncycle.annual;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the annual assessment's tasks, as ISO-8601 durations (`directioncycle.annual.*`), counted
 * from the start: the survey import, then the action plan, then the board's decision. Each task gets a reminder
 * this long before its deadline, so it must be shorter than every period.
 */
@ConfigurationProperties("directioncycle.annual")
record AnnualAssessmentProperties(
    @DefaultValue("P30D") Duration importPeriod,
    @DefaultValue("P30D") Duration planPeriod,
    @DefaultValue("P60D") Duration decisionPeriod,
    @DefaultValue("P7D") Duration reminderBeforeDeadline) {

  AnnualAssessmentProperties {
    for (Duration period : new Duration[] {importPeriod, planPeriod, decisionPeriod}) {
      if (reminderBeforeDeadline.isNegative() || reminderBeforeDeadline.compareTo(period) >= 0) {
        throw new IllegalStateException("directioncycle.annual.reminder-before-deadline must be shorter than "
            + "import-period, plan-period and decision-period");
      }
    }
  }
}

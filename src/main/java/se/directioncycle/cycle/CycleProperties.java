package se.directioncycle.cycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timing of the cycle, as ISO-8601 durations (`directioncycle.cycle.*`). */
@ConfigurationProperties("directioncycle.cycle")
record CycleProperties(
    @DefaultValue("P42D") Duration openingLeadTime,
    @DefaultValue("0 0 6 * * *") String openingCron,
    @DefaultValue("P14D") Duration submissionPeriod,
    @DefaultValue("P3D") Duration reminderBeforeDeadline,
    @DefaultValue("P14D") Duration followUpInterval,
    @DefaultValue("P7D") Duration reportOverdueAfter) {

  public CycleProperties {
    if (reminderBeforeDeadline.compareTo(submissionPeriod) >= 0) {
      throw new IllegalStateException("directioncycle.cycle.reminder-before-deadline must be shorter than submission-period");
    }
  }
}

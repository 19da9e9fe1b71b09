package se.directioncycle.annual;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the annual assessment's tasks, as ISO-8601 durations (`directioncycle.annual.*`), counted
 * from the start: the survey import, then the action plan, then the board's decision.
 */
@ConfigurationProperties("directioncycle.annual")
record AnnualAssessmentProperties(
    @DefaultValue("P30D") Duration importPeriod,
    @DefaultValue("P30D") Duration planPeriod,
    @DefaultValue("P60D") Duration decisionPeriod) {
}

package se.directioncycle.mail;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * `directioncycle.mail.*`: who mail comes from, where it goes without SMTP, how failures are retried. `tasklistUrl`
 * overrides the Tasklist link of every mail; unset, it is `directioncycle.public-base-url` + `/camunda/app/tasklist/`.
 */
@ConfigurationProperties("directioncycle.mail")
record MailProperties(
    @DefaultValue("true") boolean dispatchEnabled,
    @DefaultValue("Inriktningscykeln <inriktningscykeln@localhost>") String from,
    Path folder,
    String tasklistUrl,
    @DefaultValue("PT1M") Duration firstRetry,
    @DefaultValue("PT1H") Duration maxRetry,
    @DefaultValue("PT2M") Duration claimFor) {}

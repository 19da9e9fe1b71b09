package se.directioncycle.mail;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** `directioncycle.mail.*`: who mail comes from, where it goes without SMTP, how failures are retried. */
@ConfigurationProperties("directioncycle.mail")
record MailProperties(
    @DefaultValue("true") boolean dispatchEnabled,
    @DefaultValue("Inriktningscykeln <inriktningscykeln@localhost>") String from,
    Path folder,
    @DefaultValue("http://localhost:8080/camunda/app/tasklist/") String tasklistUrl,
    @DefaultValue("PT1M") Duration firstRetry,
    @DefaultValue("PT1H") Duration maxRetry,
    @DefaultValue("PT2M") Duration claimFor) {}

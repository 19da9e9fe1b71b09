package se.directioncycle.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, so that domain code and timers agree when tests move time.
 * All calendar arithmetic happens in Swedish local time.
 */
public final class EngineClock {

  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return ZonedDateTime.ofInstant(now(), SWEDEN).toLocalDate();
  }
}

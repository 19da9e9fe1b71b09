package se.directioncycle.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import se.directioncycle.engine.EngineClock;

/** A calendar quarter, e.g. 2027 Q1. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
    }
  }

  public static Quarter containing(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /** The moment the quarter ends (midnight after its last day, Swedish time). */
  public Date endsAt() {
    LocalDateTime end = LocalDateTime.of(lastDay().plusDays(1), LocalTime.MIDNIGHT);
    return Date.from(end.atZone(EngineClock.SWEDEN).toInstant());
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  public Quarter sameQuarterLastYear() {
    return new Quarter(year - 1, quarter);
  }

  /** "2027 kvartal 1" */
  public String label() {
    return year + " kvartal " + quarter;
  }

  public String businessKey(String municipality) {
    return municipality + "-" + year + "-Q" + quarter;
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
  }
}

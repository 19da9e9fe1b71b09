package se.directioncycle.promise;

import java.time.Instant;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.InputReader;

/**
 * A promise period's first and last month, both included: one to three years long (Kalix signs every other year
 * for a period it calls "2024–2026", 2024-09 to 2026-08; earlier periods were yearly), the first month no earlier
 * than 2015-01 so that historic periods can be registered. The start form (`start-citizen-promise-cycle.form`)
 * declares the same rules: the first month and the length in months (12–36), from which the last month follows.
 */
record PeriodMonths(YearMonth first, YearMonth last) {

  public static final YearMonth EARLIEST = YearMonth.of(2015, 1);
  public static final YearMonth LATEST = YearMonth.of(2100, 12);
  public static final int MIN_MONTHS = 12;
  public static final int MAX_MONTHS = 36;
  /** `YYYY-MM`, month 01–12: the pattern the start form declares. */
  public static final String PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
  private static final Pattern MONTH = Pattern.compile(PATTERN);

  public PeriodMonths {
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("First month " + first + " after last month " + last);
    }
  }

  /** The short form: January of the first year to December of the next (the two-year period of earlier versions). */
  static PeriodMonths twoYearsFrom(int startYear) {
    return new PeriodMonths(YearMonth.of(startYear, 1), YearMonth.of(startYear + 1, 12));
  }

  /**
   * Reads `firstMonth` (`YYYY-MM`) and `lengthInMonths` (12–36), the last month following from them, so that every
   * rule is one the start form can declare; without both, `startYear` is read as the short form. Every problem is
   * reported in Swedish.
   */
  static PeriodMonths read(Map<String, Object> variables) {
    InputReader input = new InputReader(variables);
    if (variables.get(CitizenPromiseVariables.FIRST_MONTH) == null
        && variables.get(CitizenPromiseVariables.LENGTH_IN_MONTHS) == null
        && variables.get(CitizenPromiseVariables.START_YEAR) != null) {
      Long year = input.integer(CitizenPromiseVariables.START_YEAR, "Första året", EARLIEST.getYear(),
          LATEST.getYear() - 1, true);
      input.throwIfInvalid();
      return twoYearsFrom(year.intValue());
    }
    YearMonth first = month(input, CitizenPromiseVariables.FIRST_MONTH, "Första månad");
    Long months = input.integer(CitizenPromiseVariables.LENGTH_IN_MONTHS, "Antal månader", MIN_MONTHS, MAX_MONTHS,
        true);
    input.throwIfInvalid();
    return new PeriodMonths(first, first.plusMonths(months - 1));
  }

  private static YearMonth month(InputReader input, String key, String label) {
    String text = input.text(key, label, 7, true);
    if (text == null) {
      return null;
    }
    if (!MONTH.matcher(text).matches()) {
      input.problem(label, "ska skrivas som år och månad, ÅÅÅÅ-MM, till exempel 2024-09.");
      return null;
    }
    YearMonth month = YearMonth.parse(text);
    if (month.isBefore(EARLIEST) || month.isAfter(LATEST)) {
      input.problem(label, "måste vara mellan " + EARLIEST + " och " + LATEST + ".");
      return null;
    }
    return month;
  }

  public int startYear() {
    return first.getYear();
  }

  public int endYear() {
    return last.getYear();
  }

  /** "2024–2026", or "2016" for a period within one year. */
  public String label() {
    return startYear() == endYear() ? Integer.toString(startYear()) : startYear() + "–" + endYear();
  }

  /** The moment the period is over: the first day after its last month, 00:00 Swedish time. */
  public Instant end() {
    return last.plusMonths(1).atDay(1).atStartOfDay(EngineClock.SWEDEN).toInstant();
  }

  /**
   * The yearly follow-up of a calendar year of the period: the configured day at 08:00 Swedish time, but no later
   * than the period's end (a period ending in August has its last follow-up then, not in December).
   */
  public Instant followUpDue(MonthDay day, int year) {
    Instant due = day.atYear(year).atTime(8, 0).atZone(EngineClock.SWEDEN).toInstant();
    return due.isAfter(end()) ? end() : due;
  }
}

package se.directioncycle.input;

import java.time.LocalDate;

/**
 * The dates a meeting or decision about a period can sensibly have: from {@link #YEARS} year before the period's
 * first day to {@link #YEARS} year after its last. The form states the same rule ({@link #rule(String)}) in the
 * date field's description.
 */
public record DateWindow(LocalDate first, LocalDate last, String periodGenitive) {

  public static final int YEARS = 1;

  /** The window around a period, e.g. {@code around(2027-01-01, 2027-03-31, "kvartalets")}. */
  public static DateWindow around(LocalDate periodStart, LocalDate periodEnd, String periodGenitive) {
    return new DateWindow(periodStart.minusYears(YEARS), periodEnd.plusYears(YEARS), periodGenitive);
  }

  /** The window around whole calendar years, e.g. an annual assessment or a two-year promise period. */
  public static DateWindow aroundYears(int firstYear, int lastYear, String periodGenitive) {
    return around(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31), periodGenitive);
  }

  /** The rule in words, as the form's field description says it. */
  public static String rule(String periodGenitive) {
    return "Datumet måste ligga " + span(periodGenitive) + ".";
  }

  /** The date, or null with a problem naming the field and the window when it lies outside. */
  public LocalDate check(InputReader input, String label, LocalDate date) {
    if (date != null && (date.isBefore(first) || date.isAfter(last))) {
      input.problem(label, "måste ligga mellan " + first + " och " + last + " (" + span(periodGenitive) + ").");
      return null;
    }
    return date;
  }

  private static String span(String periodGenitive) {
    String years = YEARS == 1 ? "ett år" : YEARS + " år";
    return "från " + years + " före " + periodGenitive + " början till " + years + " efter " + periodGenitive + " slut";
  }
}

package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.InvalidInputException;

/** A period is its first month and 12–36 months, from 2015-01; every refusal is in Swedish. */
class PeriodMonthsTest {

  private static Map<String, Object> start(Object firstMonth, Object length) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("firstMonth", firstMonth);
    variables.put("lengthInMonths", length);
    return variables;
  }

  @Test
  void kalixTwoThousandTwentyFourToTwentySixRunsFromSeptemberToAugust() {
    PeriodMonths kalix = PeriodMonths.read(start("2024-09", 24));
    assertThat(kalix.first()).isEqualTo(YearMonth.of(2024, 9));
    assertThat(kalix.last()).isEqualTo(YearMonth.of(2026, 8));
    assertThat(kalix.label()).isEqualTo("2024–2026");
    assertThat(PromisePeriod.businessKey("kalix", kalix)).isEqualTo("kalix-2024-2026");
  }

  @Test
  void oneToThreeYearsFromJanuaryTwoThousandFifteen() {
    PeriodMonths historic = PeriodMonths.read(start("2016-01", 12L));
    assertThat(historic.last()).isEqualTo(YearMonth.of(2016, 12));
    assertThat(historic.label()).as("a period within one year").isEqualTo("2016");
    assertThat(PeriodMonths.read(start("2015-01", "36")).last()).isEqualTo(YearMonth.of(2017, 12));
    assertThatThrownBy(() -> PeriodMonths.read(start("2014-12", 12))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Första månad» måste vara mellan 2015-01 och 2100-12.");
    assertThatThrownBy(() -> PeriodMonths.read(start("2024-09", 11)))
        .hasMessageContaining("«Antal månader» måste vara mellan 12 och 36.");
    assertThatThrownBy(() -> PeriodMonths.read(start("2024-09", 37)))
        .hasMessageContaining("«Antal månader» måste vara mellan 12 och 36.");
  }

  @Test
  void malformedOrMissingMonthsAreRefusedTogether() {
    assertThatThrownBy(() -> PeriodMonths.read(start("2024-13", null)))
        .hasMessageContaining("«Första månad» ska skrivas som år och månad, ÅÅÅÅ-MM")
        .hasMessageContaining("«Antal månader» måste fyllas i.");
    assertThatThrownBy(() -> PeriodMonths.read(start(null, 24))).hasMessageContaining("«Första månad» måste fyllas i.");
    assertThatThrownBy(() -> PeriodMonths.read(start("september 2024", 24)))
        .hasMessageContaining("«Första månad» får vara högst 7 tecken");
    assertThatThrownBy(() -> new PeriodMonths(YearMonth.of(2025, 1), YearMonth.of(2024, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShortFormIsTwoCalendarYears() {
    PeriodMonths shortForm = PeriodMonths.read(new HashMap<>(Map.of("startYear", 2027)));
    assertThat(shortForm).isEqualTo(new PeriodMonths(YearMonth.of(2027, 1), YearMonth.of(2028, 12)));
    assertThatThrownBy(() -> PeriodMonths.read(new HashMap<>(Map.of("startYear", 2014))))
        .hasMessageContaining("«Första året» måste vara mellan 2015 och 2099.");
  }

  @Test
  void theLastFollowUpIsAtThePeriodsEndWhenItEndsBeforeTheFollowUpDay() {
    PeriodMonths kalix = new PeriodMonths(YearMonth.of(2024, 9), YearMonth.of(2026, 8));
    MonthDay december = MonthDay.of(12, 1);
    assertThat(ZonedDateTime.ofInstant(kalix.followUpDue(december, 2024), EngineClock.SWEDEN).toLocalDateTime())
        .hasToString("2024-12-01T08:00");
    assertThat(ZonedDateTime.ofInstant(kalix.followUpDue(december, 2026), EngineClock.SWEDEN).toLocalDateTime())
        .as("the period ends with August 2026").hasToString("2026-09-01T00:00");
  }
}

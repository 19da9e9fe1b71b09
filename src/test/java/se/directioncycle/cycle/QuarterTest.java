package se.directioncycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.directioncycle.input.InvalidInputException;

class QuarterTest {

  @Test
  void knowsItsDaysNeighboursAndKeys() {
    Quarter q = Quarter.containing(LocalDate.of(2027, 2, 14));
    assertThat(q).isEqualTo(new Quarter(2027, 1));
    assertThat(q.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(q.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(q.previous()).isEqualTo(new Quarter(2026, 4));
    assertThat(new Quarter(2026, 4).next()).isEqualTo(q);
    assertThat(q.sameQuarterLastYear()).isEqualTo(new Quarter(2026, 1));
    assertThat(q.businessKey("alvkarleby")).isEqualTo("alvkarleby-2027-Q1");
    assertThat(q.label()).isEqualTo("2027 kvartal 1");
    assertThat(q.endsAt().toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void startVariablesAreValidatedWithSwedishMessages() {
    assertThat(RegisterCycleDelegate.readQuarter(Map.of("year", 2027L, "quarter", "2")))
        .isEqualTo(new Quarter(2027, 2));
    assertThatThrownBy(() -> RegisterCycleDelegate.readQuarter(Map.of("year", "tjugo", "quarter", 5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«År» måste vara ett heltal")
        .hasMessageContaining("«Kvartal» måste vara mellan 1 och 4");
    assertThatThrownBy(() -> RegisterCycleDelegate.readQuarter(Map.of()))
        .hasMessageContaining("«År» måste fyllas i");
  }
}

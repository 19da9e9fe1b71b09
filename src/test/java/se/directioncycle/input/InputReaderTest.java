package se.directioncycle.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InputReaderTest {

  private static final String REFUSED =
      "«Beskrivning» innehåller osynliga styrtecken som inte är tillåtna. Skriv om texten utan dem.";

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
      0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
  void refusesControlAndBidiCharactersNamingTheField(int character) {
    InputReader input = new InputReader(Map.of("description", "Klotter vid " + Character.toString(character) + "torget"));

    assertThat(input.text("description", "Beskrivning", 500, true)).isNull();
    assertThatThrownBy(input::throwIfInvalid).isInstanceOf(InvalidInputException.class).hasMessage(REFUSED);
  }

  @Test
  void refusesAControlCharacterAtTheEdgeThatStripWouldRemove() {
    InputReader input = new InputReader(Map.of("description", "Klotter vid torget\u0000"));

    assertThat(input.text("description", "Beskrivning", 500, true)).isNull();
    assertThat(input.isValid()).isFalse();
  }

  @Test
  void acceptsTabsLineBreaksAndOrdinaryPunctuation() {
    String text = "Klotter\tvid torget.\r\nFler än 3 < 5 & färre > 1 – «citat» é ü ß 😀";
    InputReader input = new InputReader(Map.of("description", text));

    assertThat(input.text("description", "Beskrivning", 500, true)).isEqualTo(text);
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void namesTheListItemOfARefusedCharacter() {
    InputReader input = new InputReader(Map.of("rows", List.of(Map.of("description", "a\u202Eb"))));

    input.list("rows", "Observationer", "Observation", 0, 5).get(0).text("description", "Beskrivning", 500, true);

    assertThatThrownBy(input::throwIfInvalid).hasMessageStartingWith("«Observation 1 – Beskrivning» innehåller osynliga");
  }
}

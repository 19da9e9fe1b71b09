package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListVariableTest {

  @Test
  void groupsAndIdsAreStoredAsOneTextAndReadBackInTheirOrder() {
    Object stored = ListVariable.of(List.of("kalix-polisen", "kalix-skola", "301"));

    assertThat(stored).isEqualTo("kalix-polisen,kalix-skola,301");
    assertThat(ListVariable.items(stored)).containsExactly("kalix-polisen", "kalix-skola", "301");
  }

  @Test
  void noItemsIsAnEmptyTextAndReadsAsNoItems() {
    assertThat(ListVariable.of(List.of())).isEqualTo("");
    assertThat(ListVariable.items("")).isEmpty();
    assertThat(ListVariable.items(null)).isEmpty();
  }

  @Test
  void aListThatCannotBeJoinedSafelyStaysASerializedList() {
    assertThat(ListVariable.of(List.of("a,b", "c"))).isEqualTo(new ArrayList<>(List.of("a,b", "c")));
    assertThat(ListVariable.of(List.of("a", ""))).isInstanceOf(ArrayList.class);
    List<String> long1 = Collections.nCopies(ListVariable.MAX_TEXT / 10 + 1, "123456789");
    Object stored = ListVariable.of(long1);
    assertThat(stored).isInstanceOf(ArrayList.class);
    assertThat(ListVariable.items(stored)).isEqualTo(long1);
  }

  @Test
  void aListStoredBeforeAsASerializedListReadsTheSame() {
    assertThat(ListVariable.items(new ArrayList<>(List.of("101", "102")))).containsExactly("101", "102");
    assertThat(ListVariable.items(List.of(101L, 102L))).containsExactly("101", "102");
  }

  @Test
  void anythingElseIsRefused() {
    assertThatThrownBy(() -> ListVariable.items(42L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Long");
  }
}

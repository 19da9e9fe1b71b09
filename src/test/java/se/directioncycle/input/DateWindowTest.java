package se.directioncycle.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.directioncycle.agreement.RegisterCooperationAgreementDelegate;
import se.directioncycle.annual.AnnualAssessmentVariables;
import se.directioncycle.cycle.QuarterlyDirectionCycleVariables;
import se.directioncycle.promise.CitizenPromiseVariables;
import se.directioncycle.taskform.TaskForm;

/** Meeting and decision dates: the server's window, and the same rule in each form's field description. */
class DateWindowTest {

  static Stream<Arguments> dateFields() {
    return Stream.of(
        Arguments.of("decide-direction.form", "meetingDate", QuarterlyDirectionCycleVariables.MEETING_DATE_PERIOD),
        Arguments.of("decide-action-plan.form", "decisionDate", AnnualAssessmentVariables.DECISION_DATE_PERIOD),
        Arguments.of("record-dialogue.form", "heldOn", CitizenPromiseVariables.HELD_ON_PERIOD),
        Arguments.of("register-cooperation-agreement.form", "signedOn", RegisterCooperationAgreementDelegate.PERIOD));
  }

  @ParameterizedTest
  @MethodSource("dateFields")
  void theFormStatesTheServersRule(String form, String key, String period) throws IOException {
    JsonNode field = field(form, key);

    assertThat(field.path("type").asText()).isEqualTo("datetime");
    assertThat(field.path("description").asText()).contains(DateWindow.rule(period));
    assertThat(DateWindow.rule(period)).contains("ett år före " + period + " början", "ett år efter " + period + " slut");
  }

  @Test
  void aQuarterAcceptsItsWholeWindowAndRefusesTheDayOutsideNamingIt() {
    DateWindow window = DateWindow.around(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), "kvartalets");

    assertThat(window.first()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(window.last()).isEqualTo(LocalDate.of(2028, 3, 31));
    for (LocalDate inside : new LocalDate[] {window.first(), LocalDate.of(2027, 2, 14), window.last()}) {
      InputReader input = new InputReader(Map.of());
      assertThat(window.check(input, "Sammanträdesdatum", inside)).isEqualTo(inside);
      assertThat(input.isValid()).isTrue();
    }
    for (LocalDate outside : new LocalDate[] {LocalDate.of(1900, 1, 1), LocalDate.of(2025, 12, 31),
        LocalDate.of(2028, 4, 1), LocalDate.of(9999, 12, 31)}) {
      InputReader input = new InputReader(Map.of());
      assertThat(window.check(input, "Sammanträdesdatum", outside)).isNull();
      assertThat(input.isValid()).isFalse();
    }
  }

  @Test
  void theMessageStatesTheWindowInDatesAndWords() {
    DateWindow window = DateWindow.aroundYears(2027, 2027, AnnualAssessmentVariables.DECISION_DATE_PERIOD);
    InputReader input = new InputReader(Map.of());

    window.check(input, "Beslutsdatum", LocalDate.of(1900, 1, 1));

    try {
      input.throwIfInvalid();
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).isEqualTo("«Beslutsdatum» måste ligga mellan 2026-01-01 och 2028-12-31 (från ett år"
          + " före det bedömda årets början till ett år efter det bedömda årets slut).");
      return;
    }
    throw new AssertionError("a date in 1900 was accepted");
  }

  @Test
  void anApprovalDatedOutsideTheWindowIsRefusedWithTheOtherProblems() {
    ApproveOrReturn.Fields fields = new ApproveOrReturn.Fields("decision", "approve", "return", "comment", "date",
        "Sammanträdesdatum", "paragraph");
    DateWindow window = DateWindow.around(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), "kvartalets");
    Map<String, Object> values = Variables.createVariables()
        .putValue("decision", "approve").putValue("date", "1900-03-01").putValue("paragraph", 1);

    assertThatThrownBy(() -> TaskForm.read(scope(values), (input, task) -> ApproveOrReturn.read(input, fields, window)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("«Sammanträdesdatum» måste ligga mellan 2026-01-01 och 2028-03-31");
  }

  private static VariableScope scope(Map<String, Object> values) {
    return (VariableScope) Proxy.newProxyInstance(
        DateWindowTest.class.getClassLoader(), new Class<?>[] {VariableScope.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getVariables" -> values;
          case "getVariable" -> values.get((String) args[0]);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static JsonNode field(String form, String key) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Path.of("bpmn", "forms", form).toFile());
    for (JsonNode component : root.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(form + " has no field " + key);
  }
}

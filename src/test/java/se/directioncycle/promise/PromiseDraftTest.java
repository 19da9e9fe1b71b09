package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.InvalidInputException;

/** The draft's rules, as the server applies them whatever the form sent. */
class PromiseDraftTest {

  private static final Set<String> FOCUS = Set.of("BUSKORNING_MOPED_ATRAKTOR");

  private static String draft(String party, String description, String target) {
    return """
        {"themes": [{"title": "Trafiksäkerhet", "problemCategory": "BUSKORNING_MOPED_ATRAKTOR", "goal": "Mindre buskörning",
          "commitments": [{"party": "%s", "description": "%s", "yearlyTarget": %s, "unit": "insatser",
            "indicator": "Antal insatser"}]}]}""".formatted(party, description, target);
  }

  @Test
  void acceptsThemesWithQuantifiedCommitmentsPerParty() {
    PromiseDraft parsed = PromiseDraft.parse(draft("POLICE", "Riktade insatser", "120"), FOCUS);
    assertThat(parsed.themes()).singleElement().satisfies(theme -> assertThat(theme.commitments()).singleElement()
        .isEqualTo(new PromiseDraft.Commitment(Organisation.Party.POLICE, "Riktade insatser", 120, "insatser",
            "Antal insatser")));
  }

  @Test
  void refusesWrongPartiesTargetsAndPersonalDataWithEveryProblemNamed() {
    assertThatThrownBy(() -> PromiseDraft.parse(draft("MAYOR", "Ring 070-123 45 67", "\"många\""), FOCUS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Part» har ett värde som inte finns bland valen")
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Åtagande»").hasMessageContaining("telefonnummer")
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Mål per år» måste vara ett heltal");
    assertThatThrownBy(() -> PromiseDraft.parse(draft("POLICE", "Insatser", "100001"), FOCUS))
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Mål per år» måste vara mellan 1 och 100000");
  }

  @Test
  void aThemeMustAnswerADecidedFocusAreaAndHaveACommitment() {
    assertThatThrownBy(() -> PromiseDraft.parse(draft("POLICE", "Insatser", "5"), Set.of("KLOTTER")))
        .hasMessageContaining("«Tema 1 – Fokusområde» har ett värde som inte finns bland valen");
    assertThatThrownBy(() -> PromiseDraft.parse(
        "{\"themes\": [{\"title\": \"a\", \"problemCategory\": \"BUSKORNING_MOPED_ATRAKTOR\", \"goal\": \"b\", "
            + "\"commitments\": []}]}", FOCUS))
        .hasMessageContaining("«Tema 1 – Åtaganden» måste innehålla minst en rad.");
    assertThatThrownBy(() -> PromiseDraft.parse("{\"themes\": []}", FOCUS))
        .hasMessageContaining("«Teman» måste innehålla minst en rad.");
  }

  @Test
  void hugeOrMalformedInputIsRefusedBeforeAnythingIsRead() {
    assertThatThrownBy(() -> PromiseDraft.parse(draft("POLICE", "x".repeat(250_000), "5"), FOCUS))
        .hasMessageContaining("är för stort");
    assertThatThrownBy(() -> PromiseDraft.parse("{\"themes\": [", FOCUS))
        .hasMessageContaining("har fel format");
    assertThatThrownBy(() -> PromiseDraft.parse(null, FOCUS)).hasMessageContaining("saknas");
    String six = "{\"themes\": [" + "{\"title\":\"a\"},".repeat(5) + "{\"title\":\"a\"}]}";
    assertThatThrownBy(() -> PromiseDraft.parse(six, FOCUS)).hasMessageContaining("högst 5 rader");
  }

  @Test
  void theFollowUpDayIsCheckedAtStartup() {
    assertThat(new CitizenPromiseProperties(Duration.ofDays(60), "12-01", Duration.ofDays(21)).followUpMonthDay())
        .isEqualTo(MonthDay.of(12, 1));
    assertThatThrownBy(() -> new CitizenPromiseProperties(Duration.ofDays(60), "31-12", Duration.ofDays(21)))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
  }
}

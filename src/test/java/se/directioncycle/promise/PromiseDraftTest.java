package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
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
          "commitments": [{"kind": "QUANTITATIVE", "parties": [{"party": "%s"}], "description": "%s",
            "yearlyTarget": %s, "unit": "insatser", "indicator": "Antal insatser"}]}]}""".formatted(party, description,
        target);
  }

  private static String commitment(String json) {
    return """
        {"themes": [{"title": "Trygghet", "problemCategory": "BUSKORNING_MOPED_ATRAKTOR", "goal": "Tryggare centrum",
          "commitments": [%s]}]}""".formatted(json);
  }

  @Test
  void aQualitativeCommitmentSharedByPoliceMunicipalityAndANamedPartnerNeedsNoTarget() {
    PromiseDraft parsed = PromiseDraft.parse(commitment("""
        {"kind": "QUALITATIVE", "parties": [{"party": "POLICE"}, {"party": "MUNICIPALITY", "name": "Socialtjänsten"},
          {"party": "PARTNER", "name": "Älvkarlebyhus"}], "description": "Trygghetsvandringar med boende",
          "yearlyTarget": 7, "unit": "ignoreras"}"""), FOCUS);
    PromiseDraft.Commitment c = parsed.themes().get(0).commitments().get(0);
    assertThat(c.kind()).isEqualTo(CommitmentKind.QUALITATIVE);
    assertThat(c.yearlyTarget()).as("a qualitative commitment has no target").isNull();
    assertThat(c.unit()).isNull();
    assertThat(c.parties()).extracting(CommitmentParty::displayName)
        .containsExactly("Polisen", "Socialtjänsten", "Älvkarlebyhus");
    assertThat(CommitmentParty.names(c.parties())).isEqualTo("Polisen, Socialtjänsten och Älvkarlebyhus");
  }

  @Test
  void partiesAreRequiredAPartnerIsNamedAndNoPartyTwice() {
    assertThatThrownBy(() -> PromiseDraft.parse(commitment("""
        {"kind": "QUALITATIVE", "parties": [], "description": "Vandringar"}"""), FOCUS))
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Parter» måste innehålla minst en rad.");
    assertThatThrownBy(() -> PromiseDraft.parse(commitment("""
        {"kind": "QUALITATIVE", "parties": [{"party": "PARTNER", "name": " "}], "description": "Vandringar"}"""),
        FOCUS)).hasMessageContaining("«Tema 1 – Åtagande 1 – Part 1 – Namn» måste fyllas i.");
    assertThatThrownBy(() -> PromiseDraft.parse(commitment("""
        {"kind": "QUALITATIVE", "parties": [{"party": "POLICE"}, {"party": "POLICE", "name": ""}],
          "description": "Vandringar"}"""), FOCUS))
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Parter» har samma part två gånger.");
    assertThatThrownBy(() -> PromiseDraft.parse(commitment("""
        {"parties": [{"party": "POLICE"}], "description": "Vandringar"}"""), FOCUS))
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Typ av åtagande» måste väljas.");
  }

  @Test
  void aQuantitativeCommitmentNeedsTargetUnitAndIndicator() {
    assertThatThrownBy(() -> PromiseDraft.parse(commitment("""
        {"kind": "QUANTITATIVE", "parties": [{"party": "MUNICIPALITY"}], "description": "Vandringar"}"""), FOCUS))
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Mål per år» måste fyllas i.")
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Enhet» måste fyllas i.")
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Indikator» måste fyllas i.");
  }

  @Test
  void acceptsThemesWithQuantifiedCommitmentsPerParty() {
    PromiseDraft parsed = PromiseDraft.parse(draft("POLICE", "Riktade insatser", "120"), FOCUS);
    assertThat(parsed.themes()).singleElement().satisfies(theme -> assertThat(theme.commitments()).singleElement()
        .isEqualTo(new PromiseDraft.Commitment(CommitmentKind.QUANTITATIVE,
            List.of(new CommitmentParty(Organisation.Party.POLICE, null)), "Riktade insatser", 120, "insatser",
            "Antal insatser", null)));
  }

  @Test
  void refusesWrongPartiesTargetsAndPersonalDataWithEveryProblemNamed() {
    assertThatThrownBy(() -> PromiseDraft.parse(draft("MAYOR", "Ring 070-123 45 67", "\"många\""), FOCUS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Tema 1 – Åtagande 1 – Part 1 – Typ av part» har ett värde som inte finns bland valen")
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

package se.directioncycle.situationreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.InvalidInputException;

class SituationInputTest {

  private static final Municipality ALVKARLEBY = new Municipality("alvkarleby", "Älvkarleby", "Norduppland", true,
      List.of(Organisation.SCHOOL, Organisation.POLICE), List.of("Skutskär", "Gårdskär"));

  /** The categories the member's form offered (its task's context). */
  private static final List<String> OFFERED = List.of("KLOTTER", "SKADEGORELSE", "OVRIGT");

  private static final String VALID = """
      {"nothingToReport": false,
       "indicators": [{"code": "school-threats-violence", "value": 4}, {"code": "school-vandalism", "value": 0}],
       "observations": [{"category": "KLOTTER", "area": "Skutskär", "timeBand": "18-24", "severity": 2,
                         "description": "Klotter på skolans gavel"}]}""";

  @Test
  void readsAValidSubmission() {
    SituationInput input = SituationInput.parse(VALID, ALVKARLEBY, Organisation.SCHOOL, OFFERED);
    assertThat(input.indicators()).containsEntry("school-threats-violence", 4L).containsEntry("school-vandalism", 0L);
    assertThat(input.observations()).singleElement()
        .satisfies(o -> assertThat(o.category()).isEqualTo("KLOTTER"));
  }

  @Test
  void nothingToReportNeedsNoValues() {
    SituationInput input = SituationInput.parse("{\"nothingToReport\": true, \"indicators\": [], \"observations\": []}",
        ALVKARLEBY, Organisation.SCHOOL, OFFERED);
    assertThat(input.nothingToReport()).isTrue();
    assertThat(input.indicators()).isEmpty();
  }

  @Test
  void namesEveryFieldThatIsWrong() {
    String json = """
        {"indicators": [{"code": "school-threats-violence", "value": -3}, {"code": "police-reported-violence", "value": 1}],
         "observations": [{"category": "PERSON", "area": "Stockholm", "timeBand": "25-26", "severity": 9,
                           "description": ""}]}""";
    assertThatThrownBy(() -> SituationInput.parse(json, ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).contains(
            "«Indikator 1 – Hot- och våldsincidenter i skolan» måste vara mellan 0 och 1000000.",
            "«Indikator 2 – Kod» har ett värde som inte finns bland valen.",
            "«Skadegörelse i skolmiljö» måste fyllas i.",
            "«Observation 1 – Kategori» har ett värde som inte finns bland valen.",
            "«Observation 1 – Område» har ett värde som inte finns bland valen.",
            "«Observation 1 – Tid på dygnet» har ett värde som inte finns bland valen.",
            "«Observation 1 – Allvarlighet» måste vara mellan 1 och 3.",
            "«Observation 1 – Beskrivning» måste fyllas i."));
  }

  @Test
  void refusesPersonalDataInDescriptions() {
    String json = VALID.replace("Klotter på skolans gavel", "Eleven 070-1234567 klottrade");
    assertThatThrownBy(() -> SituationInput.parse(json, ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .hasMessageContaining("«Observation 1 – Beskrivning» innehåller något som liknar ett telefonnummer");
  }

  @Test
  void refusesWrongTypesHugeAndMalformedInput() {
    assertThatThrownBy(() -> SituationInput.parse(VALID.replace("\"value\": 4", "\"value\": \"fyra\""), ALVKARLEBY,
        Organisation.SCHOOL, OFFERED)).hasMessageContaining("måste vara ett heltal");
    assertThatThrownBy(() -> SituationInput.parse("{not json", ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .hasMessageContaining("har fel format");
    assertThatThrownBy(() -> SituationInput.parse(null, ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .hasMessageContaining("saknas");
    assertThatThrownBy(() -> SituationInput.parse("{\"x\":\"" + "a".repeat(300_000) + "\"}", ALVKARLEBY,
        Organisation.SCHOOL, OFFERED)).hasMessageContaining("för stort");
    String longText = VALID.replace("Klotter på skolans gavel", "x".repeat(501));
    assertThatThrownBy(() -> SituationInput.parse(longText, ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .hasMessageContaining("högst 500 tecken");
    String tooMany = VALID.replace("\"observations\": [", "\"observations\": ["
        + "{\"category\":\"KLOTTER\",\"area\":\"Skutskär\",\"timeBand\":\"18-24\",\"severity\":1,\"description\":\"x\"},"
        .repeat(50));
    assertThatThrownBy(() -> SituationInput.parse(tooMany, ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .hasMessageContaining("högst 50 rader");
  }

  @Test
  void nothingToReportWithObservationsIsContradictory() {
    String json = VALID.replace("\"nothingToReport\": false", "\"nothingToReport\": true");
    assertThatThrownBy(() -> SituationInput.parse(json, ALVKARLEBY, Organisation.SCHOOL, OFFERED))
        .hasMessageContaining("Inget att rapportera");
  }
}

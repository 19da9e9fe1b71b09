package se.directioncycle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.privacy.PersonalDataScanner.Finding.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScannerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Pojken 850101-1234 syntes vid torget            | PERSONAL_IDENTITY_NUMBER",
      "personnummer 19850101-1234                      | PERSONAL_IDENTITY_NUMBER",
      "pnr 198501011234 i anmälan                       | PERSONAL_IDENTITY_NUMBER",
      "samordningsnummer 850161-1234                    | PERSONAL_IDENTITY_NUMBER",
      "Ring mamman på 070-123 45 67                     | PHONE_NUMBER",
      "tel +46 70 123 45 67                             | PHONE_NUMBER",
      "växeln 026-123456                                | PHONE_NUMBER",
      "skriv till kalle.anka@exempel.se                  | EMAIL_ADDRESS",
      "Bilen ABC 123 körde runt                          | VEHICLE_REGISTRATION",
      "mopeden XYZ12A stod vid skolan                   | VEHICLE_REGISTRATION",
      "Han bor på Storgatan 12 B                         | STREET_ADDRESS",
      "Familjen på Kvarnvägen 3                          | STREET_ADDRESS"})
  void findsPersonalData(String text, PersonalDataScanner.Finding expected) {
    assertThat(PersonalDataScanner.scan(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Klotter på busskuren vid torget i Skutskär",
      "Buskörning med mopeder fredag och lördag kl 20-24",
      "Inriktningsbeslut BRÅ 2027/1, § 14",
      "12 anmälningar under kvartalet, 5 fler än 2026",
      "Anlagd brand i soprum på Storgatan",
      "EST 2027 kvartal 1 visar 30 % fler rapporter",
      "Otrygg plats: gångtunneln under väg 76"})
  void leavesAggregatesAndPlacesAlone(String text) {
    assertThat(PersonalDataScanner.scan(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void messageNamesFieldAndWhatToRemoveWithoutRepeatingTheValue() {
    String message = PersonalDataScanner.problemFor("Beskrivning", "Ring 070-123 45 67, pnr 850101-1234");
    assertThat(message).contains("«Beskrivning»", "personnummer", "telefonnummer", "Ta bort")
        .doesNotContain("070-123", "850101");
    assertThat(PersonalDataScanner.problemFor("Beskrivning", "Klotter vid torget")).isNull();
  }

  @org.junit.jupiter.api.Test
  void smallCountsAreSuppressed() {
    assertThat(SmallCounts.display(0)).isEqualTo("<5");
    assertThat(SmallCounts.display(4)).isEqualTo("<5");
    assertThat(SmallCounts.display(5)).isEqualTo("5");
    assertThat(SmallCounts.display(17)).isEqualTo("17");
  }
}

package se.directioncycle.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.input.InvalidInputException;

class DirectionProposalTest {

  private static final Municipality KALIX = new Municipality("kalix", "Kalix", "Östra Norrbotten", true,
      List.of(Organisation.SCHOOL, Organisation.POLICE), List.of("Kalix centrum"));
  private static final Quarter Q1 = new Quarter(2027, 1);

  private static String proposal(String category, String organisation, String start, String end, String carried) {
    return proposal(category, organisation, start, end, carried, "null");
  }

  private static String proposal(String category, String organisation, String start, String end, String carried,
      String commitment) {
    return """
        {"focusAreas": [{"title": "Trafiksäkerhet", "problemCategory": "%s", "goal": "Färre rapporter",
          "interventions": [{"title": "Trafikkontroller", "responsibleOrganisation": "%s", "periodStart": "%s",
            "periodEnd": "%s", "indicator": "Antal kontroller", "target": "6", "carriedOverFromId": %s,
            "commitmentId": %s}]}]}"""
        .formatted(category, organisation, start, end, carried, commitment);
  }

  @Test
  void anInterventionCountsTowardsACommitmentOfThePromiseInForceOnly() {
    DirectionProposal linked = DirectionProposal.parse(
        proposal("KLOTTER", "police", "2027-01-01", "2027-03-31", "null", "41"), KALIX, Q1, Set.of(), Set.of(),
        Set.of(41L, 42L));
    assertThat(linked.focusAreas().get(0).interventions().get(0).commitmentId()).isEqualTo(41L);

    assertThatThrownBy(() -> DirectionProposal.parse(
        proposal("KLOTTER", "police", "2027-01-01", "2027-03-31", "null", "7"), KALIX, Q1, Set.of(), Set.of(),
        Set.of(41L)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Räknas mot medborgarlöfte» är inget åtagande i medborgarlöftena som gäller 2027.");
  }

  @Test
  void acceptsAProposalThatAnswersARankedProblem() {
    DirectionProposal proposal = DirectionProposal.parse(
        proposal("BUSKORNING_MOPED_ATRAKTOR", "police", "2027-01-01", "2027-03-31", "17"), KALIX, Q1,
        Set.of("BUSKORNING_MOPED_ATRAKTOR"), Set.of(17L), Set.of());
    assertThat(proposal.focusAreas()).singleElement().satisfies(area -> {
      assertThat(area.interventions()).singleElement().satisfies(i -> {
        assertThat(i.responsibleOrganisation().party()).isEqualTo(Organisation.Party.POLICE);
        assertThat(i.carriedOverFromId()).isEqualTo(17L);
      });
    });
  }

  @Test
  void enforcesTheChainFromProblemToIntervention() {
    assertThatThrownBy(() -> DirectionProposal.parse(
        proposal("KLOTTER", "housing", "2027-03-31", "2027-01-01", "99"), KALIX, Q1,
        Set.of("BUSKORNING_MOPED_ATRAKTOR"), Set.of(), Set.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Fokusområde 1 – Problem som fokusområdet svarar mot» har ett värde som inte finns")
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Ansvarig organisation» har ett värde som inte finns")
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Period till» får inte vara före «Period från».")
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Fortsätter från insats» hör inte till föregående beslut.");
  }

  @Test
  void needsOneToThreeFocusAreasEachWithInterventions() {
    assertThatThrownBy(() -> DirectionProposal.parse("{\"focusAreas\": []}", KALIX, Q1, Set.of(), Set.of(), Set.of()))
        .hasMessageContaining("«Fokusområden» måste innehålla minst en rad.");
    String four = "{\"focusAreas\": [" + "{\"title\":\"a\",\"goal\":\"b\",\"interventions\":[]},".repeat(3)
        + "{\"title\":\"a\",\"goal\":\"b\",\"interventions\":[]}]}";
    assertThatThrownBy(() -> DirectionProposal.parse(four, KALIX, Q1, Set.of(), Set.of(), Set.of()))
        .hasMessageContaining("högst 3 rader");
  }

  @Test
  void periodMustOverlapTheQuarter() {
    assertThatThrownBy(() -> DirectionProposal.parse(
        proposal("KLOTTER", "police", "2026-01-01", "2026-03-31", "null"), KALIX, Q1, Set.of(), Set.of(), Set.of()))
        .hasMessageContaining("måste överlappa 2027 kvartal 1");
  }

  @Test
  void documentChecksumDetectsTampering() {
    String document = "Inriktningsbeslut BRÅ 2027/1";
    assertThat(DecisionDocument.sha256(document)).hasSize(64)
        .isNotEqualTo(DecisionDocument.sha256(document + " "));
  }
}

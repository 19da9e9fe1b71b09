package se.directioncycle.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.input.InvalidInputException;

class DirectionProposalTest {

  /** What the form offers when the quarter ranked no problem: the municipality's categories. */
  private static final Set<String> OFFERED = Set.of("KLOTTER", "BUSKORNING_MOPED_ATRAKTOR", "OVRIGT");

  private static final Municipality KALIX = new Municipality("kalix", "Kalix", "Östra Norrbotten", true,
      List.of(Organisation.SCHOOL, Organisation.POLICE), List.of("Kalix centrum"));
  private static final Quarter Q1 = new Quarter(2027, 1);
  private static final Set<Organisation.Party> POLICE_ONLY = Set.of(Organisation.Party.POLICE);
  private static final Municipality ALVKARLEBY = new Municipality("alvkarleby", "Älvkarleby", "Uppsala län", true,
      List.of(Organisation.SCHOOL, Organisation.SOCIAL_SERVICES, Organisation.POLICE, Organisation.HOUSING),
      List.of("Skutskär"));

  /** One intervention led by {@code lead} with these participants (a JSON array), linked to commitment 41. */
  private static String joint(String lead, String participants) {
    return """
        {"focusAreas": [{"title": "Unga i riskzon", "problemCategory": "KLOTTER", "goal": "Färre unga i brott",
          "interventions": [{"title": "SSPF-grupp", "responsibleOrganisation": "%s",
            "participatingOrganisations": %s, "periodStart": "2027-01-01", "periodEnd": "2027-03-31",
            "indicator": "Antal ärenden", "target": "10", "commitmentId": 41}]}]}"""
        .formatted(lead, participants);
  }

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
        proposal("KLOTTER", "police", "2027-01-01", "2027-03-31", "null", "41"), KALIX, Q1, OFFERED, Set.of(),
        Map.of(41L, POLICE_ONLY, 42L, POLICE_ONLY));
    assertThat(linked.focusAreas().get(0).interventions().get(0).commitmentId()).isEqualTo(41L);

    assertThatThrownBy(() -> DirectionProposal.parse(
        proposal("KLOTTER", "police", "2027-01-01", "2027-03-31", "null", "7"), KALIX, Q1, OFFERED, Set.of(),
        Map.of(41L, POLICE_ONLY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Räknas mot medborgarlöfte» är inget åtagande i medborgarlöftena som gäller 2027.");
  }

  @Test
  void acceptsAProposalThatAnswersARankedProblem() {
    DirectionProposal proposal = DirectionProposal.parse(
        proposal("BUSKORNING_MOPED_ATRAKTOR", "police", "2027-01-01", "2027-03-31", "17"), KALIX, Q1,
        Set.of("BUSKORNING_MOPED_ATRAKTOR"), Set.of(17L), Map.of());
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
        Set.of("BUSKORNING_MOPED_ATRAKTOR"), Set.of(), Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Fokusområde 1 – Problem som fokusområdet svarar mot» har ett värde som inte finns")
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Ansvarig organisation» har ett värde som inte finns")
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Period till» får inte vara före «Period från».")
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Fortsätter från insats» hör inte till föregående beslut.");
  }

  @Test
  void needsOneToThreeFocusAreasEachWithInterventions() {
    assertThatThrownBy(() -> DirectionProposal.parse("{\"focusAreas\": []}", KALIX, Q1, OFFERED, Set.of(), Map.of()))
        .hasMessageContaining("«Fokusområden» måste innehålla minst en rad.");
    String four = "{\"focusAreas\": [" + "{\"title\":\"a\",\"goal\":\"b\",\"interventions\":[]},".repeat(3)
        + "{\"title\":\"a\",\"goal\":\"b\",\"interventions\":[]}]}";
    assertThatThrownBy(() -> DirectionProposal.parse(four, KALIX, Q1, OFFERED, Set.of(), Map.of()))
        .hasMessageContaining("högst 3 rader");
  }

  @Test
  void aJointInterventionHasALeadAndParticipatingOrganisations() {
    DirectionProposal proposal = DirectionProposal.parse(joint("police", "[\"social-services\", \"school\"]"),
        ALVKARLEBY, Q1, OFFERED, Set.of(), Map.of(41L, POLICE_ONLY));

    DirectionProposal.InterventionInput intervention = proposal.focusAreas().get(0).interventions().get(0);
    assertThat(intervention.responsibleOrganisation()).isEqualTo(Organisation.POLICE);
    assertThat(intervention.participants()).containsExactly(Organisation.SOCIAL_SERVICES, Organisation.SCHOOL);
    assertThat(intervention.parties()).containsExactlyInAnyOrder(Organisation.Party.POLICE,
        Organisation.Party.MUNICIPALITY);
  }

  @Test
  void participantsAreOtherMemberOrganisationsEachNamedOnce() {
    assertThatThrownBy(() -> DirectionProposal.parse(joint("police", "[\"police\"]"), ALVKARLEBY, Q1, OFFERED,
        Set.of(), Map.of(41L, POLICE_ONLY)))
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Deltagande organisationer» får inte innehålla den ansvariga organisationen.");
    assertThatThrownBy(() -> DirectionProposal.parse(joint("police", "[\"school\", \"school\"]"), ALVKARLEBY, Q1,
        Set.of(), Set.of(), Map.of(41L, POLICE_ONLY)))
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Deltagande organisationer» får inte innehålla samma val två gånger.");
    // the rescue service is no member of this council
    assertThatThrownBy(() -> DirectionProposal.parse(joint("police", "[\"rescue-service\"]"), ALVKARLEBY, Q1,
        Set.of(), Set.of(), Map.of(41L, POLICE_ONLY)))
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Deltagande organisationer» har ett värde som inte finns bland valen.");
    assertThatThrownBy(() -> DirectionProposal.parse(joint("police", "\"school\""), ALVKARLEBY, Q1,
        Set.of(), Set.of(), Map.of(41L, POLICE_ONLY)))
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Deltagande organisationer» har fel format.");
  }

  @Test
  void aCommitmentCountsOnlyForAnInterventionThatSharesItsParty() {
    assertThatThrownBy(() -> DirectionProposal.parse(joint("social-services", "[\"school\", \"housing\"]"),
        ALVKARLEBY, Q1, OFFERED, Set.of(), Map.of(41L, POLICE_ONLY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Fokusområde 1 – Insats 1 – Räknas mot medborgarlöfte» är ett åtagande av Polisen, men "
            + "insatsen genomförs av Kommunen och Samverkanspart. En insats kan bara räknas mot ett åtagande som den "
            + "ansvariga eller en deltagande organisation står bakom.");

    // the police as a participant is enough, and so is a commitment made jointly with the municipality
    assertThat(DirectionProposal.parse(joint("social-services", "[\"police\"]"), ALVKARLEBY, Q1, OFFERED, Set.of(),
        Map.of(41L, POLICE_ONLY)).focusAreas().get(0).interventions().get(0).commitmentId()).isEqualTo(41L);
    assertThat(DirectionProposal.parse(joint("social-services", "[]"), ALVKARLEBY, Q1, OFFERED, Set.of(),
        Map.of(41L, Set.of(Organisation.Party.POLICE, Organisation.Party.MUNICIPALITY)))
        .focusAreas().get(0).interventions().get(0).commitmentId()).isEqualTo(41L);
  }

  @Test
  void periodMustOverlapTheQuarter() {
    assertThatThrownBy(() -> DirectionProposal.parse(
        proposal("KLOTTER", "police", "2026-01-01", "2026-03-31", "null"), KALIX, Q1, OFFERED, Set.of(), Map.of()))
        .hasMessageContaining("måste överlappa 2027 kvartal 1");
  }

  @Test
  void documentChecksumDetectsTampering() {
    String document = "Inriktningsbeslut BRÅ 2027/1";
    assertThat(DecisionDocument.sha256(document)).hasSize(64)
        .isNotEqualTo(DecisionDocument.sha256(document + " "));
  }

  /** One intervention led by the police in these areas (a JSON array). */
  private static String inAreas(String areas) {
    return """
        {"focusAreas": [{"title": "Trygg centrum", "problemCategory": "KLOTTER", "goal": "Mindre klotter",
          "interventions": [{"title": "Klottersanering", "responsibleOrganisation": "police", "areas": %s,
            "periodStart": "2027-01-01", "periodEnd": "2027-03-31", "indicator": "Antal anmälningar", "target": "5"}]}]}"""
        .formatted(areas);
  }

  @Test
  void anInterventionNamesTheMunicipalitysAreasWhereItIsCarriedOutEachOnce() {
    Municipality kalix = new Municipality("kalix", "Kalix", "Östra Norrbotten", true,
        List.of(Organisation.SCHOOL, Organisation.POLICE), List.of("Kalix centrum", "Töre", "Risögrund"));
    assertThat(DirectionProposal.parse(inAreas("[\"Töre\", \"Kalix centrum\"]"), kalix, Q1, OFFERED, Set.of(),
        Map.of()).focusAreas().get(0).interventions().get(0).areas()).containsExactly("Töre", "Kalix centrum");
    assertThat(DirectionProposal.parse(inAreas("[]"), kalix, Q1, OFFERED, Set.of(), Map.of())
        .focusAreas().get(0).interventions().get(0).areas()).as("no area: the whole municipality").isEmpty();

    assertThatThrownBy(() -> DirectionProposal.parse(inAreas("[\"Luleå\"]"), kalix, Q1, OFFERED, Set.of(), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Områden")
        .hasMessageContaining("inte finns bland valen");
    assertThatThrownBy(() -> DirectionProposal.parse(inAreas("[\"Töre\", \"Töre\"]"), kalix, Q1, OFFERED, Set.of(),
        Map.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("samma val två gånger");
    assertThatThrownBy(() -> DirectionProposal.parse(inAreas("\"Töre\""), kalix, Q1, OFFERED, Set.of(), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Områden").hasMessageContaining("fel format");
  }
}

package se.directioncycle.direction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.JsonInput;

/**
 * A validated proposal: 1–3 focus areas, each answering a ranked problem, with a goal and 1–10
 * interventions that each have a responsible (lead) organisation, any participating organisations, the areas where
 * it is carried out (none: the whole municipality), a period, an indicator and a target. This is where the chain problem → focus area → intervention → indicator is enforced, and
 * the party rule: an intervention counts towards a citizen-promise commitment only when the commitment's parties
 * include the party of its lead or of one of its participants.
 */
record DirectionProposal(List<FocusAreaInput> focusAreas) {

  public static final int MAX_FOCUS_AREAS = 3;
  public static final int MAX_INTERVENTIONS = 10;

  public record FocusAreaInput(String title, String problemCategory, String goal,
      List<InterventionInput> interventions) {}

  /** @param areas the municipality's areas where it is carried out; none means the whole municipality */
  public record InterventionInput(String title, Organisation responsibleOrganisation, List<Organisation> participants,
      List<String> areas, LocalDate periodStart, LocalDate periodEnd, String indicator, String target,
      Long carriedOverFromId, Long commitmentId) {

    public InterventionInput {
      participants = List.copyOf(participants);
      areas = List.copyOf(areas);
    }

    /** The parties of the lead and the participants. */
    public Set<Organisation.Party> parties() {
      Set<Organisation.Party> parties = EnumSet.of(responsibleOrganisation.party());
      participants.forEach(p -> parties.add(p.party()));
      return parties;
    }
  }

  /** True when the commitment was made by (at least) one of the intervention's parties. */
  static boolean sharesParty(Set<Organisation.Party> interventionParties, Set<Organisation.Party> commitmentParties) {
    return commitmentParties.stream().anyMatch(interventionParties::contains);
  }

  static String partyNames(Set<Organisation.Party> parties) {
    return parties.stream().sorted().map(Organisation.Party::swedish).collect(Collectors.joining(" och "));
  }

  /**
   * @param categories the problem categories a focus area may answer: this quarter's ranked problems, or every
   *     offered category when none was reported
   * @param carryOverCandidates interventions that may be continued (ids of the previous decision)
   * @param commitmentCandidates commitments of the citizen promise in force that an intervention may count towards,
   *     each with the parties that made it
   */
  public static DirectionProposal parse(Object json, Municipality municipality, Quarter quarter,
      Set<String> categories, Set<Long> carryOverCandidates, Map<Long, Set<Organisation.Party>> commitmentCandidates) {
    InputReader input = new InputReader(JsonInput.toMap(json, "Förslag till inriktning"));
    List<String> organisations = municipality.organisations().stream().map(Organisation::code).toList();
    List<FocusAreaInput> focusAreas = new ArrayList<>();
    for (InputReader area : input.list("focusAreas", "Fokusområden", "Fokusområde", 1, MAX_FOCUS_AREAS)) {
      String title = area.text("title", "Rubrik", 200, true);
      String category = area.choice("problemCategory", "Problem som fokusområdet svarar mot", categories, true);
      String goal = area.text("goal", "Mål", 1000, true);
      List<InterventionInput> interventions = new ArrayList<>();
      for (InputReader row : area.list("interventions", "Insatser", "Insats", 1, MAX_INTERVENTIONS)) {
        String interventionTitle = row.text("title", "Insats", 200, true);
        String organisation = row.choice("responsibleOrganisation", "Ansvarig organisation", organisations, true);
        List<String> participants = row.choices("participatingOrganisations", "Deltagande organisationer",
            organisations, Math.max(0, organisations.size() - 1));
        if (organisation != null && participants.contains(organisation)) {
          row.problem("Deltagande organisationer", "får inte innehålla den ansvariga organisationen.");
        }
        List<String> areas = row.choices("areas", "Områden", municipality.areas(), municipality.areas().size());
        LocalDate start = row.date("periodStart", "Period från", true);
        LocalDate end = row.date("periodEnd", "Period till", true);
        String indicator = row.text("indicator", "Indikator", 300, true);
        String target = row.text("target", "Målvärde", 300, true);
        Long carriedOver = row.integer("carriedOverFromId", "Fortsätter från insats", 1, Long.MAX_VALUE, false);
        Long commitment = row.integer("commitmentId", "Räknas mot medborgarlöfte", 1, Long.MAX_VALUE, false);
        if (start != null && end != null) {
          if (end.isBefore(start)) {
            row.problem("Period till", "får inte vara före «Period från».");
          } else if (end.isBefore(quarter.firstDay()) || start.isAfter(quarter.lastDay().plusYears(1))) {
            row.problem("Period från", "måste överlappa " + quarter.label() + " (" + quarter.firstDay() + " – "
                + quarter.lastDay() + ").");
          }
        }
        if (carriedOver != null && !carryOverCandidates.contains(carriedOver)) {
          row.problem("Fortsätter från insats", "hör inte till föregående beslut.");
        }
        List<Organisation> participating = participants.stream()
            .map(municipality::organisation).toList();
        if (commitment != null && !commitmentCandidates.containsKey(commitment)) {
          row.problem("Räknas mot medborgarlöfte", "är inget åtagande i medborgarlöftena som gäller " + quarter.year() + ".");
        } else if (commitment != null && organisation != null) {
          Set<Organisation.Party> parties = EnumSet.of(municipality.organisation(organisation).party());
          participating.forEach(p -> parties.add(p.party()));
          Set<Organisation.Party> committed = commitmentCandidates.get(commitment);
          if (!sharesParty(parties, committed)) {
            row.problem("Räknas mot medborgarlöfte", "är ett åtagande av " + partyNames(committed)
                + ", men insatsen genomförs av " + partyNames(parties) + ". En insats kan bara räknas mot ett "
                + "åtagande som den ansvariga eller en deltagande organisation står bakom.");
          }
        }
        if (interventionTitle != null && organisation != null && start != null && end != null && indicator != null
            && target != null) {
          interventions.add(new InterventionInput(interventionTitle, municipality.organisation(organisation),
              participating, areas, start, end, indicator, target, carriedOver, commitment));
        }
      }
      focusAreas.add(new FocusAreaInput(title, category, goal, interventions));
    }
    input.throwIfInvalid();
    return new DirectionProposal(focusAreas);
  }

}

package se.directioncycle.direction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.situationreport.ObservationCategory;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.JsonInput;

/**
 * A validated proposal: 1–3 focus areas, each answering a ranked problem, with a goal and 1–10
 * interventions that each have a responsible organisation, a period, an indicator and a target.
 * This is where the chain problem → focus area → intervention → indicator is enforced.
 */
record DirectionProposal(List<FocusAreaInput> focusAreas) {

  public static final int MAX_FOCUS_AREAS = 3;
  public static final int MAX_INTERVENTIONS = 10;

  public record FocusAreaInput(String title, String problemCategory, String goal,
      List<InterventionInput> interventions) {}

  public record InterventionInput(String title, Organisation responsibleOrganisation, LocalDate periodStart,
      LocalDate periodEnd, String indicator, String target, Long carriedOverFromId, Long commitmentId) {}

  /**
   * @param rankedCategories the problems of this quarter's situation report; when there are any, every
   *     focus area must answer one of them
   * @param carryOverCandidates interventions that may be continued (ids of the previous decision)
   * @param commitmentCandidates commitments of the citizen promise in force that an intervention may count towards
   */
  public static DirectionProposal parse(Object json, Municipality municipality, Quarter quarter,
      Set<String> rankedCategories, Set<Long> carryOverCandidates, Set<Long> commitmentCandidates) {
    InputReader input = new InputReader(JsonInput.toMap(json, "Förslag till inriktning"));
    List<String> organisations = municipality.organisations().stream().map(Organisation::code).toList();
    List<String> categories = rankedCategories.isEmpty()
        ? Arrays.stream(ObservationCategory.values()).map(Enum::name).toList()
        : List.copyOf(rankedCategories);
    List<FocusAreaInput> focusAreas = new ArrayList<>();
    for (InputReader area : input.list("focusAreas", "Fokusområden", "Fokusområde", 1, MAX_FOCUS_AREAS)) {
      String title = area.text("title", "Rubrik", 200, true);
      String category = area.choice("problemCategory", "Problem som fokusområdet svarar mot", categories, true);
      String goal = area.text("goal", "Mål", 1000, true);
      List<InterventionInput> interventions = new ArrayList<>();
      for (InputReader row : area.list("interventions", "Insatser", "Insats", 1, MAX_INTERVENTIONS)) {
        String interventionTitle = row.text("title", "Insats", 200, true);
        String organisation = row.choice("responsibleOrganisation", "Ansvarig organisation", organisations, true);
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
        if (commitment != null && !commitmentCandidates.contains(commitment)) {
          row.problem("Räknas mot medborgarlöfte", "är inget åtagande i medborgarlöftena som gäller " + quarter.year() + ".");
        }
        if (interventionTitle != null && organisation != null && start != null && end != null && indicator != null
            && target != null) {
          interventions.add(new InterventionInput(interventionTitle, Organisation.fromCode(organisation).orElseThrow(),
              start, end, indicator, target, carriedOver, commitment));
        }
      }
      focusAreas.add(new FocusAreaInput(title, category, goal, interventions));
    }
    input.throwIfInvalid();
    return new DirectionProposal(focusAreas);
  }

}

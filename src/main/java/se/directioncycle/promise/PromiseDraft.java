package se.directioncycle.promise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.JsonInput;

/**
 * A validated draft of the promises: 1–5 themes, each answering a decided focus area with a goal, and 1–10
 * commitments per theme, each with a party, a quantified yearly target, a unit and an indicator. This is where
 * the chain analysis → focus area → theme → commitment → indicator is enforced.
 */
record PromiseDraft(List<Theme> themes) {

  public static final int MAX_THEMES = 5;
  public static final int MAX_COMMITMENTS = 10;
  public static final int MAX_YEARLY_TARGET = 100_000;

  public record Theme(String title, String problemCategory, String goal, List<Commitment> commitments) {}

  public record Commitment(Organisation.Party party, String description, int yearlyTarget, String unit,
      String indicator) {}

  /** @param focusAreas the decided focus areas' problem categories; every theme must answer one of them */
  public static PromiseDraft parse(Object json, Set<String> focusAreas) {
    InputReader input = new InputReader(JsonInput.toMap(json, "Utkast till medborgarlöften"));
    List<String> parties = Arrays.stream(Organisation.Party.values()).map(Enum::name).toList();
    List<Theme> themes = new ArrayList<>();
    for (InputReader theme : input.list("themes", "Teman", "Tema", 1, MAX_THEMES)) {
      String title = theme.text("title", "Rubrik", 200, true);
      String category = theme.choice("problemCategory", "Fokusområde", focusAreas, true);
      String goal = theme.text("goal", "Målsättning", 1000, true);
      List<Commitment> commitments = new ArrayList<>();
      for (InputReader row : theme.list("commitments", "Åtaganden", "Åtagande", 1, MAX_COMMITMENTS)) {
        String party = row.choice("party", "Part", parties, true);
        String description = row.text("description", "Åtagande", 1000, true);
        Long target = row.integer("yearlyTarget", "Mål per år", 1, MAX_YEARLY_TARGET, true);
        String unit = row.text("unit", "Enhet", 100, true);
        String indicator = row.text("indicator", "Indikator", 300, true);
        if (party != null && description != null && target != null && unit != null && indicator != null) {
          commitments.add(new Commitment(Organisation.Party.valueOf(party), description, target.intValue(), unit,
              indicator));
        }
      }
      themes.add(new Theme(title, category, goal, commitments));
    }
    input.throwIfInvalid();
    return new PromiseDraft(themes);
  }
}

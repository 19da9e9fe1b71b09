package se.directioncycle.promise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.JsonInput;

/**
 * A validated draft of the promises: 1–5 themes, each answering a decided focus area with a goal, and 1–10
 * commitments per theme. A commitment has 1–10 parties (a partner must be named) and is either quantitative (a
 * yearly target, a unit, an indicator and an optional baseline) or qualitative (only what will be done; its
 * quantitative fields are ignored). This is
 * where the chain analysis → focus area → theme → commitment → indicator is enforced; the embedded form publishes
 * the same rules as `bpmn/forms/draft-promises.schema.json`.
 */
record PromiseDraft(List<Theme> themes) {

  public static final int MAX_THEMES = 5;
  public static final int MAX_COMMITMENTS = 10;
  public static final int MAX_PARTIES = 10;
  public static final int MAX_YEARLY_TARGET = 100_000;
  public static final int MAX_PARTY_NAME = 100;

  public record Theme(String title, String problemCategory, String goal, List<Commitment> commitments) {}

  public record Commitment(CommitmentKind kind, List<CommitmentParty> parties, String description,
      Integer yearlyTarget, String unit, String indicator, String baseline) {}

  /** @param focusAreas the decided focus areas' problem categories; every theme must answer one of them */
  public static PromiseDraft parse(Object json, Set<String> focusAreas) {
    InputReader input = new InputReader(JsonInput.toMap(json, "Utkast till medborgarlöften"));
    List<Theme> themes = new ArrayList<>();
    for (InputReader theme : input.list("themes", "Teman", "Tema", 1, MAX_THEMES)) {
      String title = theme.text("title", "Rubrik", 200, true);
      String category = theme.choice("problemCategory", "Fokusområde", focusAreas, true);
      String goal = theme.text("goal", "Målsättning", 1000, true);
      List<Commitment> commitments = new ArrayList<>();
      for (InputReader row : theme.list("commitments", "Åtaganden", "Åtagande", 1, MAX_COMMITMENTS)) {
        Commitment commitment = commitment(row);
        if (commitment != null) {
          commitments.add(commitment);
        }
      }
      themes.add(new Theme(title, category, goal, commitments));
    }
    input.throwIfInvalid();
    return new PromiseDraft(themes);
  }

  private static Commitment commitment(InputReader row) {
    String kind = row.choice("kind", "Typ av åtagande",
        Arrays.stream(CommitmentKind.values()).map(Enum::name).toList(), true);
    List<CommitmentParty> parties = parties(row);
    String description = row.text("description", "Åtagande", 1000, true);
    if (CommitmentKind.QUALITATIVE.name().equals(kind)) {
      // the form hides the quantitative fields of a qualitative commitment; whatever they still hold is ignored
      return kind != null && parties != null && description != null
          ? new Commitment(CommitmentKind.QUALITATIVE, parties, description, null, null, null, null) : null;
    }
    Long target = row.integer("yearlyTarget", "Mål per år", 1, MAX_YEARLY_TARGET, kind != null);
    String unit = row.text("unit", "Enhet", 100, kind != null);
    String indicator = row.text("indicator", "Indikator", 300, kind != null);
    String baseline = row.text("baseline", "Utgångsläge", 300, false);
    return kind != null && parties != null && description != null && target != null && unit != null
        && indicator != null
        ? new Commitment(CommitmentKind.QUANTITATIVE, parties, description, target.intValue(), unit, indicator,
            baseline)
        : null;
  }

  /** 1–10 parties, each a kind of party; a partner needs its name; the same party twice is refused. */
  private static List<CommitmentParty> parties(InputReader row) {
    List<String> types = Arrays.stream(Organisation.Party.values()).map(Enum::name).toList();
    List<CommitmentParty> parties = new ArrayList<>();
    boolean valid = true;
    for (InputReader party : row.list("parties", "Parter", "Part", 1, MAX_PARTIES)) {
      String type = party.choice("party", "Typ av part", types, true);
      boolean partner = Organisation.Party.PARTNER.name().equals(type);
      String name = party.text("name", "Namn", MAX_PARTY_NAME, partner);
      if (type == null || (partner && name == null)) {
        valid = false;
      } else {
        parties.add(new CommitmentParty(Organisation.Party.valueOf(type), name));
      }
    }
    if (new HashSet<>(parties).size() != parties.size()) {
      row.problem("Parter", "har samma part två gånger.");
      return null;
    }
    return valid && !parties.isEmpty() ? parties : null;
  }
}

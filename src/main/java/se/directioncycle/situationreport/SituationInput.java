package se.directioncycle.situationreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.JsonInput;

/** A member organisation's validated input: indicator values and observations, or "nothing to report". */
record SituationInput(boolean nothingToReport, Map<String, Long> indicators,
    List<ObservationInput> observations) {

  public static final List<String> TIME_BANDS = List.of("00-06", "06-12", "12-18", "18-24");
  public static final int MAX_OBSERVATIONS = 50;
  public static final long MAX_INDICATOR_VALUE = 1_000_000;

  public record ObservationInput(String category, String area, String timeBand, int severity,
      String description) {}

  /**
   * Reads the submitted `situationInput` Json. Every indicator of the organisation is required unless
   * it has nothing to report; unknown indicators, areas and categories are refused.
   *
   * @param categories the category codes the member's form offered (its task's context)
   */
  public static SituationInput parse(Object json, Municipality municipality, Organisation organisation,
      Collection<String> categories) {
    Map<String, Object> values = JsonInput.toMap(json, "Underlag till lägesbild");
    InputReader input = new InputReader(values);
    boolean nothingToReport = Boolean.TRUE.equals(input.bool("nothingToReport", "Inget att rapportera"));

    Map<String, Long> indicators = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> expected = IndicatorCatalogue.of(organisation).stream().map(IndicatorCatalogue.Indicator::code).toList();
    for (InputReader row : input.list("indicators", "Indikatorer", "Indikator", 0, 50)) {
      String code = row.choice("code", "Kod", expected, true);
      String label = code == null ? "Värde" : IndicatorCatalogue.find(code).orElseThrow().label();
      Long value = row.integer("value", label, 0, MAX_INDICATOR_VALUE, !nothingToReport);
      if (code != null && !seen.add(code)) {
        input.problem("Indikatorn «" + label + "» förekommer två gånger.");
      } else if (code != null && value != null) {
        indicators.put(code, value);
      }
    }
    if (!nothingToReport) {
      expected.stream().filter(code -> !seen.contains(code)).forEach(code ->
          input.problem("«" + IndicatorCatalogue.find(code).orElseThrow().label() + "» måste fyllas i."));
    }

    List<ObservationInput> observations = new ArrayList<>();
    for (InputReader row : input.list("observations", "Observationer", "Observation", 0, MAX_OBSERVATIONS)) {
      String category = row.choice("category", "Kategori", categories, true);
      String area = row.choice("area", "Område", municipality.areas(), true);
      String timeBand = row.choice("timeBand", "Tid på dygnet", TIME_BANDS, true);
      Long severity = row.integer("severity", "Allvarlighet", 1, 3, true);
      String description = row.text("description", "Beskrivning", 500, true);
      if (category != null && area != null && timeBand != null && severity != null && description != null) {
        observations.add(new ObservationInput(category, area, timeBand,
            severity.intValue(), description));
      }
    }
    if (nothingToReport && !observations.isEmpty()) {
      input.problem("Du har markerat «Inget att rapportera» men lagt till observationer. Ta bort markeringen "
          + "eller observationerna.");
    }
    input.throwIfInvalid();
    return new SituationInput(nothingToReport, indicators, observations);
  }
}

package se.directioncycle.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.annual.AnnualAssessment;
import se.directioncycle.category.ProblemCategories;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.situationreport.IndicatorCatalogue;
import se.directioncycle.situationreport.IndicatorTotal;
import se.directioncycle.situationreport.RankedProblem;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReports;
import se.directioncycle.survey.SafetySurvey;
import se.directioncycle.survey.SafetySurveyParser;
import se.directioncycle.survey.SafetySurveyRow;
import se.directioncycle.survey.SafetySurveys;
import se.directioncycle.survey.SurveyQuestion;

/**
 * The charts of a situation report (indicators over eight quarters, observations by category and area, the ranked
 * problems) and of an annual assessment (the safety survey over the years): each one's PNG, for the PDFs and the
 * pages, and the model of the table that is its text alternative in the PDF. Only aggregates go in; counts broken
 * down by area follow the small-count rule.
 */
@Service
class DocumentCharts {

  /** The survey's main measures, drawn when the survey has them. */
  static final List<SurveyQuestion> MAIN_MEASURES = List.of(SurveyQuestion.TRYGG_KVALL, SurveyQuestion.ORO_BROTT,
      SurveyQuestion.FORTROENDE_POLIS);
  /** How many years the survey chart shows, ending with the assessed year. */
  static final int SURVEY_YEARS = 5;

  /**
   * A chart: its PNG (always drawn, with a message when there is nothing to show) and the template's model: `image` (a
   * data URI, or null when there is nothing to show) and the rows of its table.
   */
  record Chart(byte[] png, Map<String, Object> model) {}

  private final SituationReports reports;
  private final ProblemCategories categories;
  private final SafetySurveys surveys;

  DocumentCharts(SituationReports reports, ProblemCategories categories, SafetySurveys surveys) {
    this.reports = reports;
    this.categories = categories;
    this.surveys = surveys;
  }

  /** Each indicator of the report over the last eight quarters, the same quarter last year marked. */
  @Transactional(readOnly = true)
  public Chart indicators(Cycle cycle, SituationReport given) {
    SituationReport report = managed(given);
    List<Quarter> quarters = new ArrayList<>();
    for (Quarter q = cycle.getQuarter(); quarters.size() < 8; q = q.previous()) {
      quarters.add(0, q);
    }
    Map<Quarter, SituationReport> earlierReports = reports.ofQuarters(cycle.getMunicipality(), quarters.get(0),
        cycle.getQuarter().previous());
    List<Map<String, Long>> totals = new ArrayList<>();
    for (Quarter q : quarters) {
      Optional<SituationReport> earlier = q.equals(cycle.getQuarter()) ? Optional.of(report)
          : Optional.ofNullable(earlierReports.get(q));
      Map<String, Long> byCode = new HashMap<>();
      earlier.ifPresent(r -> r.getIndicatorTotals().forEach(t -> byCode.put(t.getIndicatorCode(), t.getTotal())));
      totals.add(byCode);
    }
    List<IndicatorTrendChart.Series> series = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (IndicatorTotal total : report.getIndicatorTotals()) {
      String label = indicatorLabel(total.getIndicatorCode());
      List<Long> values = totals.stream().map(t -> t.get(total.getIndicatorCode())).toList();
      series.add(new IndicatorTrendChart.Series(label, values));
      rows.add(Map.of("label", label, "values", values.stream().map(v -> v == null ? "–" : v.toString()).toList()));
    }
    // the chart's axis says "2027 K1" (eight long labels do not fit); the table under it says "2027 kvartal 1"
    Function<Quarter, String> shortLabel = q -> q.year() + " K" + q.quarter();
    byte[] png = series.isEmpty() ? ChartImage.empty("Inga indikatorvärden har lämnats under kvartalet.")
        : IndicatorTrendChart.png(quarters.stream().map(shortLabel).toList(), series,
            shortLabel.apply(cycle.getQuarter().sameQuarterLastYear()));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("quarters", quarters.stream().map(Quarter::label).toList());
    model.put("rows", rows);
    model.put("image", series.isEmpty() ? null : ChartImage.dataUri(png));
    return new Chart(png, model);
  }

  /** The quarter's observations by problem category, stacked by area, small counts grouped. */
  @Transactional(readOnly = true)
  public Chart categories(Cycle cycle, SituationReport report) {
    ProblemCategories.Labels labels = categories.labels(cycle.getMunicipality());
    Map<String, Map<String, Long>> perCategory = new TreeMap<>();
    reports.observationsByCategoryAndArea(report.getCycleId()).forEach(c -> perCategory
        .computeIfAbsent(labels.of(c.category()), k -> new TreeMap<>()).merge(c.area(), c.count(), Long::sum));
    List<CategoryAreaChart.Bar> bars = CategoryAreaChart.bars(perCategory);
    byte[] png = CategoryAreaChart.png(bars);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", bars.stream().map(b -> Map.of("category", b.category(), "total", b.total(),
        "parts", b.partsText())).toList());
    model.put("note", CategoryAreaChart.PRIVACY_NOTE);
    model.put("image", bars.isEmpty() ? null : ChartImage.dataUri(png));
    return new Chart(png, model);
  }

  /** The ranked problems in rank order: observations, colour by priority, severity and trend on each bar. */
  @Transactional(readOnly = true)
  public Chart problems(Cycle cycle, SituationReport given) {
    SituationReport report = managed(given);
    ProblemCategories.Labels labels = categories.labels(cycle.getMunicipality());
    List<RankedProblem> ranked = report.getRankedProblems();
    byte[] png = RankedProblemsChart.png(ranked.stream().map(p -> new RankedProblemsChart.Problem(p.getRankOrder(),
        labels.of(p.getCategory()), p.getObservationCount(), p.getMaxSeverity(), p.getTrendLabel(), p.getPriority(),
        p.getPriorityLabel())).toList());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("image", ranked.isEmpty() ? null : ChartImage.dataUri(png));
    return new Chart(png, model);
  }

  /**
   * The safety survey's main measures by area over the assessed year and the years before it. Empty (no image) when
   * no survey of those years is imported.
   */
  @Transactional(readOnly = true)
  public Chart survey(AnnualAssessment assessment) {
    List<Integer> years = new ArrayList<>();
    for (int y = assessment.getYear() - SURVEY_YEARS + 1; y <= assessment.getYear(); y++) {
      years.add(y);
    }
    List<SafetySurvey> found = surveys.ofYears(assessment.getMunicipality(), years.get(0), assessment.getYear());
    // question -> area -> year -> share; a share from too few respondents is left out
    Map<SurveyQuestion, Map<String, Map<Integer, BigDecimal>>> shares = new TreeMap<>();
    boolean anySuppressed = false;
    for (SafetySurvey survey : found) {
      for (SafetySurveyRow row : survey.getRows()) {
        if (row.isSuppressed()) {
          anySuppressed = true;
          continue;
        }
        shares.computeIfAbsent(row.getQuestion(), q -> new TreeMap<>())
            .computeIfAbsent(row.getArea(), a -> new TreeMap<>()).put(survey.getYear(), row.getSharePercent());
      }
    }
    List<SurveyQuestion> measures = MAIN_MEASURES.stream().filter(shares::containsKey).toList();
    if (measures.isEmpty()) {
      measures = shares.keySet().stream().limit(MAIN_MEASURES.size()).toList();
    }
    TreeSet<String> areaNames = new TreeSet<>();
    measures.forEach(q -> areaNames.addAll(shares.get(q).keySet()));
    List<String> areas = new ArrayList<>();
    if (areaNames.remove(SafetySurveyParser.WHOLE_MUNICIPALITY)) {
      areas.add(SafetySurveyParser.WHOLE_MUNICIPALITY);
    }
    areas.addAll(areaNames);
    List<SurveyTrendChart.Measure> drawn = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SurveyQuestion question : measures) {
      Map<String, List<Double>> perArea = new LinkedHashMap<>();
      for (String area : areas) {
        Map<Integer, BigDecimal> byYear = shares.get(question).getOrDefault(area, Map.of());
        if (byYear.isEmpty()) {
          continue;
        }
        perArea.put(area, years.stream().map(y -> byYear.get(y) == null ? null : byYear.get(y).doubleValue()).toList());
        rows.add(Map.of("measure", question.label(), "area", area, "values", years.stream()
            .map(y -> byYear.get(y) == null ? "–" : percent(byYear.get(y))).toList()));
      }
      drawn.add(new SurveyTrendChart.Measure(question.label(), perArea));
    }
    byte[] png = drawn.isEmpty() ? ChartImage.empty("Ingen trygghetsmätning är importerad för "
        + years.get(0) + "–" + assessment.getYear() + ".") : SurveyTrendChart.png(years, areas, drawn);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("years", years);
    model.put("rows", rows);
    model.put("note", "– betyder ingen mätning det året" + (anySuppressed ? ", eller färre än " + SmallCounts.THRESHOLD
        + " svarande i området (sådana andelar visas inte)" : "") + ".");
    model.put("image", drawn.isEmpty() ? null : ChartImage.dataUri(png));
    return new Chart(png, model);
  }

  /** The report as this transaction sees it (the caller may hold it from an earlier one), its lists readable. */
  private SituationReport managed(SituationReport report) {
    return reports.get(report.getId());
  }

  private static String percent(BigDecimal share) {
    return share.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
  }

  static String indicatorLabel(String code) {
    return IndicatorCatalogue.find(code).map(IndicatorCatalogue.Indicator::label).orElse(code);
  }
}

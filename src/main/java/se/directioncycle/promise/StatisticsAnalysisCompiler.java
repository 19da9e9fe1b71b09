package se.directioncycle.promise;

import se.directioncycle.category.ProblemCategories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.directioncycle.annual.AnnualPicture;
import se.directioncycle.annual.AnnualPictureCompiler;
import se.directioncycle.council.Municipality;
import se.directioncycle.privacy.SmallCounts;

/**
 * The statistics analysis a promise period rests on: the pictures of the two years before it (their quarterly
 * situation reports' indicators and observations, and each year's safety survey, compiled as for the annual
 * assessment) and every problem category ranked by its observations over both years, which is the focus-area
 * proposal. Counts under 5 are shown as "<5".
 */
@Component
class StatisticsAnalysisCompiler {

  static final int PROPOSED_FOCUS_AREAS = 3;

  private final AnnualPictureCompiler pictures;
  private final ProblemCategories categories;

  StatisticsAnalysisCompiler(AnnualPictureCompiler pictures, ProblemCategories categories) {
    this.categories = categories;
    this.pictures = pictures;
  }

  StatisticsAnalysis compile(Municipality municipality, int startYear) {
    Map<String, Integer> observations = new HashMap<>();
    StringBuilder years = new StringBuilder();
    for (int year = startYear - 2; year < startYear; year++) {
      AnnualPicture picture = pictures.compile(municipality, year);
      picture.observations().forEach((category, count) -> observations.merge(category, count, Integer::sum));
      years.append("\n").append(picture.summary().replace("### ", "#### ")).append("\n");
    }
    // every category the municipality offers, and a retired one only where it was observed in the two years
    List<StatisticsAnalysis.RankedCategory> ranking = new ArrayList<>(categories.all(municipality.id()).stream()
        .filter(c -> !c.retired() || observations.getOrDefault(c.code(), 0) > 0)
        .map(c -> new StatisticsAnalysis.RankedCategory(c.code(), c.label(), observations.getOrDefault(c.code(), 0)))
        .toList());
    ranking.sort(Comparator.comparingInt(StatisticsAnalysis.RankedCategory::observations).reversed()
        .thenComparing(StatisticsAnalysis.RankedCategory::label));

    StringBuilder text = new StringBuilder();
    text.append("### Statistikanalys inför medborgarlöften ").append(startYear).append("–").append(startYear + 1)
        .append(" – ").append(municipality.name()).append("\n\n");
    text.append("Problem efter antal observationer ").append(startYear - 2).append("–").append(startYear - 1)
        .append(" (förslag till fokusområden: de ").append(PROPOSED_FOCUS_AREAS).append(" första):\n\n");
    int rank = 1;
    for (StatisticsAnalysis.RankedCategory category : ranking) {
      if (category.observations() > 0) {
        text.append(rank++).append(". ").append(category.label()).append(": ")
            .append(SmallCounts.display(category.observations())).append(" observationer\n");
      }
    }
    if (rank == 1) {
      text.append("Inga observationer under de två åren; välj fokusområden utifrån dialogerna.\n");
    }
    text.append(years);
    return new StatisticsAnalysis(text.toString(), ranking);
  }
}

package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.directioncycle.annual.AnnualPicture;
import se.directioncycle.annual.AnnualPictureCompiler;
import se.directioncycle.category.ProblemCategories;
import se.directioncycle.category.ProblemCategory;
import se.directioncycle.council.Municipality;

/** The analysis in short, as the promise document shows it, read from the text the compiler writes. */
class StatisticsAnalysisTest {

  private static final Municipality KALIX = new Municipality("kalix", "Kalix", "Östra Norrbotten", true, List.of(),
      List.of("Kalix centrum"));

  @Test
  void theShortVersionHasTheRankingAndWhatEachYearRestsOnButNotTheYearsTables() {
    AnnualPictureCompiler pictures = mock(AnnualPictureCompiler.class);
    when(pictures.compile(any(), eq(2079))).thenReturn(picture(2079, "4 av 4 kvartalslägesbilder och trygghetsmätningen 2079.",
        Map.of("BUSKORNING_MOPED_ATRAKTOR", 9, "KLOTTER", 2, "BRAND_ANLAGD", 1)));
    when(pictures.compile(any(), eq(2080))).thenReturn(picture(2080,
        "3 av 4 kvartalslägesbilder (saknas för kvartal 4); ingen trygghetsmätning.", Map.of("BUSKORNING_MOPED_ATRAKTOR", 3)));

    // Kalix calls klotter "Klotter och tags" and has retired "Anlagd brand", which was still observed in 2079
    ProblemCategories categories = mock(ProblemCategories.class);
    when(categories.all("kalix")).thenReturn(List.of(
        new ProblemCategory("KLOTTER", "Klotter och tags", true, false),
        new ProblemCategory("BUSKORNING_MOPED_ATRAKTOR", "Buskörning med moped/A-traktor", true, false),
        new ProblemCategory("BRAND_ANLAGD", "Anlagd brand", true, true),
        new ProblemCategory("NEDSKRAPNING", "Nedskräpning", true, true),
        new ProblemCategory("MOPEDSTOLDER", "Mopedstölder", false, false)));

    StatisticsAnalysis analysis = new StatisticsAnalysisCompiler(pictures, categories).compile(KALIX, 2081);

    assertThat(analysis.ranking()).extracting(StatisticsAnalysis.RankedCategory::category)
        .as("every offered category, and a retired one only where it was observed")
        .containsExactly("BUSKORNING_MOPED_ATRAKTOR", "KLOTTER", "BRAND_ANLAGD", "MOPEDSTOLDER");

    assertThat(StatisticsAnalysis.inShort(analysis.text())).containsExactly(
        "Problem efter antal observationer 2079–2080 (förslag till fokusområden: de 3 första):",
        "1. Buskörning med moped/A-traktor: 12 observationer",
        "2. Klotter och tags: <5 observationer",
        "3. Anlagd brand: <5 observationer",
        "Årets lägesbild 2079 – Kalix: 4 av 4 kvartalslägesbilder och trygghetsmätningen 2079.",
        "Årets lägesbild 2080 – Kalix: 3 av 4 kvartalslägesbilder (saknas för kvartal 4); ingen trygghetsmätning.");
  }

  @Test
  void noAnalysisIsNothingInShort() {
    assertThat(StatisticsAnalysis.inShort(null)).isEmpty();
  }

  /** Shaped like {@link AnnualPictureCompiler}'s summary: heading, sources line, then tables. */
  private static AnnualPicture picture(int year, String sources, Map<String, Integer> observations) {
    String summary = "### Årets lägesbild " + year + " – Kalix\n\nUnderlag: " + sources + "\n\n"
        + "#### Indikatorer, summa för året\n\n- Anmälda brott: 12\n\n#### Största problemen under året\n\n"
        + "1. Buskörning med moped/A-traktor: 9 observationer\n\n#### Trygghetsmätningen " + year + "\n\n"
        + "Ingen trygghetsmätning är importerad.\n";
    return new AnnualPicture(null, 4, summary, observations);
  }
}

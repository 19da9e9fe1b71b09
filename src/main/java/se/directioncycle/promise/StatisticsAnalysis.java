package se.directioncycle.promise;

import java.util.ArrayList;
import java.util.List;

/** The statistics analysis of a promise period: its text and the problem categories ranked by observations. */
public record StatisticsAnalysis(String text, List<RankedCategory> ranking) {

  public record RankedCategory(String category, String label, int observations) {}

  /**
   * The stored analysis text (as {@link StatisticsAnalysisCompiler} writes it) in short, for the promise document:
   * the ranking of problems over the two years before the period, and what each year's picture rests on
   * ("Årets lägesbild 2026 – Kalix: 4 av 4 kvartalslägesbilder och trygghetsmätningen 2026."). The years' tables
   * are left out.
   */
  public static List<String> inShort(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    boolean ranking = true;
    String year = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#### ")) { // a year's picture: "#### Årets lägesbild 2026 – Kalix"
        ranking = false;
        year = line.substring("#### ".length());
      } else if (line.startsWith("#")) {
        continue; // the analysis' own heading, or a table heading inside a year
      } else if (ranking) {
        lines.add(line);
      } else if (year != null && line.startsWith("Underlag:")) {
        lines.add(year + ": " + line.substring("Underlag:".length()).strip());
        year = null;
      }
    }
    return lines;
  }
}

package se.directioncycle.promise;

import java.util.List;

/** The statistics analysis of a promise period: its text and the problem categories ranked by observations. */
public record StatisticsAnalysis(String text, List<RankedCategory> ranking) {

  public record RankedCategory(String category, String label, int observations) {}
}

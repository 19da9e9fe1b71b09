package se.directioncycle.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import se.directioncycle.privacy.SmallCounts;

/**
 * The quarter's observations by problem category and area: one horizontal bar per category, stacked by area (a PNG
 * drawn with JFreeChart). Counts broken down by area follow the privacy rule: an area with fewer than
 * {@link SmallCounts#THRESHOLD} observations of a category is not drawn on its own but joins "Övriga områden"; when
 * that group would still be under the threshold, the smallest named area joins it too, until the group reaches the
 * threshold or holds the whole category. So every part of a bar is at least the threshold, or the category's total.
 */
final class CategoryAreaChart {

  /** The sentence under the chart and its table. */
  static final String PRIVACY_NOTE = "Ett område med färre än " + SmallCounts.THRESHOLD + " observationer av ett problem "
      + "visas inte för sig utan ingår i \"Övriga områden\"; blir den gruppen ändå mindre än " + SmallCounts.THRESHOLD
      + " slås även det minsta av de andra områdena ihop med den.";

  /** One problem category's bar: its total and its parts, each named area or the group of the others. */
  record Bar(String category, long total, Map<String, Long> parts) {
    /** The parts as text: "Skutskär 12, Övriga områden (sammanslagna) 7". */
    String partsText() {
      return parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
  }

  private static final Color[] AREA_COLOURS = {new Color(0x00, 0x58, 0x6f), new Color(0xb3, 0x58, 0x06),
      new Color(0x54, 0x27, 0x88), new Color(0x1b, 0x78, 0x37), new Color(0x8c, 0x2d, 0x04), new Color(0x08, 0x45, 0x94),
      new Color(0x76, 0x2a, 0x83), new Color(0x3f, 0x5f, 0x1f)};
  private static final Color OTHER_COLOUR = new Color(0x75, 0x75, 0x75);
  private static final int WIDTH = 1000;

  private CategoryAreaChart() {}

  /**
   * The bars, largest total first.
   *
   * @param perCategory each category's label with its exact count per area
   */
  static List<Bar> bars(Map<String, Map<String, Long>> perCategory) {
    List<Bar> bars = new ArrayList<>();
    perCategory.forEach((category, areas) -> bars.add(bar(category, areas)));
    bars.sort(Comparator.comparingLong(Bar::total).reversed().thenComparing(Bar::category));
    return bars;
  }

  private static Bar bar(String category, Map<String, Long> areas) {
    return new Bar(category, areas.values().stream().mapToLong(Long::longValue).sum(), SmallCounts.grouped(areas));
  }

  static byte[] png(List<Bar> bars) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> areas = new ArrayList<>(new TreeSet<>(bars.stream().flatMap(b -> b.parts().keySet().stream())
        .filter(a -> !a.equals(SmallCounts.OTHER_AREAS)).toList()));
    if (bars.stream().anyMatch(b -> b.parts().containsKey(SmallCounts.OTHER_AREAS))) {
      areas.add(SmallCounts.OTHER_AREAS);
    }
    for (Bar bar : bars) {
      for (String area : areas) {
        data.addValue(bar.parts().get(area), area, ChartImage.shortened(bar.category(), 40));
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < areas.size(); i++) {
      renderer.setSeriesPaint(i, areas.get(i).equals(SmallCounts.OTHER_AREAS) ? OTHER_COLOUR : AREA_COLOURS[i % AREA_COLOURS.length]);
    }
    // the count inside each part; every part is at least the threshold, so no small count is printed
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartImage.font(11f));
    renderer.setDefaultItemLabelPaint(Color.WHITE);
    CategoryPlot plot = ChartImage.observationBars(data, renderer, "Inga observationer har rapporterats under kvartalet.");
    JFreeChart chart = ChartImage.withLegendBelow(plot, !bars.isEmpty());
    return ChartImage.png(chart, WIDTH, 140 + 46 * Math.max(2, bars.size()));
  }
}

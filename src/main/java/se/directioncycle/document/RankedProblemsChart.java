package se.directioncycle.document;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The ranked problems and what drove their rank: one horizontal bar per problem in rank order, as long as its number
 * of observations (a total per category, never broken down by area), coloured by the priority the decision table gave
 * it, and labelled with its highest severity and its trend. The rule that ranked each problem is in the table beside
 * the chart, which is its text alternative.
 */
final class RankedProblemsChart {

  /** One ranked problem as the chart needs it. */
  record Problem(int rank, String category, int observations, int maxSeverity, String trend, int priority,
      String priorityLabel) {
    String barLabel() {
      return "allvarlighet " + maxSeverity + ", " + trend + " – " + priorityLabel;
    }
  }

  /** By the decision table's priority: 1 Akut, 2 Hög, 3 Medel, 4 Låg. */
  private static final Color[] PRIORITY_COLOURS = {new Color(0xa5, 0x1c, 0x1c), new Color(0xc2, 0x4e, 0x00),
      new Color(0x8a, 0x6d, 0x00), new Color(0x3b, 0x6e, 0x8f)};
  private static final int WIDTH = 1000;

  private RankedProblemsChart() {}

  static Color colour(int priority) {
    return PRIORITY_COLOURS[Math.max(1, Math.min(PRIORITY_COLOURS.length, priority)) - 1];
  }

  static byte[] png(List<Problem> problems) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Problem problem : problems) {
      data.addValue(problem.observations(), "Observationer", rowLabel(problem));
    }
    BarRenderer renderer = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return colour(problems.get(column).priority());
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        Problem problem = problems.get(column);
        return problem.observations() + " (" + problem.barLabel() + ")";
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartImage.font(11f));
    renderer.setDefaultItemLabelPaint(ChartImage.INK);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(6);
    CategoryPlot plot = ChartImage.observationBars(data, renderer,
        "Inga problem är rangordnade: inga observationer under kvartalet.");
    // room to the right of the longest bar for its label
    plot.getRangeAxis().setUpperMargin(0.6);
    Map<Integer, String> priorities = new TreeMap<>();
    problems.forEach(p -> priorities.put(p.priority(), p.priorityLabel()));
    LegendItemCollection legend = new LegendItemCollection();
    priorities.forEach((priority, label) -> legend.add(new LegendItem("Prioritet " + label, null, null, null,
        new Rectangle2D.Double(-6, -6, 12, 12), colour(priority))));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartImage.withLegendBelow(plot, !problems.isEmpty());
    return ChartImage.png(chart, WIDTH, 140 + 46 * Math.max(2, problems.size()));
  }

  private static String rowLabel(Problem problem) {
    return problem.rank() + ". " + ChartImage.shortened(problem.category(), 36);
  }
}

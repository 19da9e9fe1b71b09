package se.directioncycle.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The safety survey's main measures by area over the years: one small line chart per measure (share of respondents,
 * per cent) under one year axis, one line per area. A share from fewer than five respondents is not drawn (a gap), as
 * everywhere the survey is broken down by area. The table beside it is its text alternative.
 */
final class SurveyTrendChart {

  /** One measure: its label and, per area, the share each year (null: no survey, or too few respondents). */
  record Measure(String label, Map<String, List<Double>> perArea) {}

  private static final Color[] AREA_COLOURS = {new Color(0x00, 0x58, 0x6f), new Color(0xb3, 0x58, 0x06),
      new Color(0x54, 0x27, 0x88), new Color(0x1b, 0x78, 0x37), new Color(0x8c, 0x2d, 0x04), new Color(0x08, 0x45, 0x94),
      new Color(0x76, 0x2a, 0x83), new Color(0x3f, 0x5f, 0x1f)};
  private static final int WIDTH = 1000;
  private static final int HEIGHT_PER_MEASURE = 190;

  private SurveyTrendChart() {}

  /**
   * @param years the years, oldest first
   * @param areas every area drawn, in the legend's order (each measure names its values by these)
   */
  static byte[] png(List<Integer> years, List<String> areas, List<Measure> measures) {
    CategoryAxis yearAxis = new CategoryAxis();
    yearAxis.setTickLabelFont(ChartImage.font(12f));
    yearAxis.setTickLabelPaint(ChartImage.INK);
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(yearAxis);
    combined.setGap(10);
    for (Measure measure : measures) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (String area : areas) {
        List<Double> values = measure.perArea().get(area);
        for (int i = 0; i < years.size(); i++) {
          data.addValue(values == null ? null : values.get(i), area, years.get(i).toString());
        }
      }
      NumberAxis share = new NumberAxis(ChartImage.shortened(measure.label(), 34) + " (%)");
      share.setLabelFont(ChartImage.font(11f));
      share.setTickLabelFont(ChartImage.font(11f));
      share.setRange(0, 100);
      LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
      for (int i = 0; i < areas.size(); i++) {
        renderer.setSeriesPaint(i, AREA_COLOURS[i % AREA_COLOURS.length]);
        renderer.setSeriesStroke(i, new BasicStroke(2.5f));
      }
      CategoryPlot plot = new CategoryPlot(data, null, share, renderer);
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(ChartImage.GRID);
      combined.add(plot, 1);
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < areas.size(); i++) {
      legend.add(new LegendItem(areas.get(i), null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
          AREA_COLOURS[i % AREA_COLOURS.length]));
    }
    combined.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, ChartImage.FONT, combined, true);
    chart.getLegend().setItemFont(ChartImage.font(12f));
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return ChartImage.png(chart, WIDTH, 90 + HEIGHT_PER_MEASURE * Math.max(1, measures.size()));
  }
}

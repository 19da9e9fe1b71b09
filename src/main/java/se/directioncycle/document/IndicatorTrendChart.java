package se.directioncycle.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Each indicator over the last eight quarters, one small line chart per indicator under one quarter axis, with the
 * same quarter last year marked: a PNG for the situation report's PDF (JFreeChart, drawn in memory with the
 * documents' own font, so a server without fonts draws the same). The PDF prints the same figures as a table next
 * to it, which is the chart's text alternative.
 */
final class IndicatorTrendChart {

  /** One indicator's values, oldest quarter first; null where that quarter has no report. */
  record Series(String label, List<Long> values) {}

  private static final Color LINE = new Color(0x00, 0x58, 0x6f);
  private static final int WIDTH = 1000;
  private static final int HEIGHT_PER_INDICATOR = 150;

  private IndicatorTrendChart() {}

  /**
   * @param quarters the eight quarters' labels, oldest first
   * @param sameQuarterLastYear the label to mark, or null
   * @return the PNG
   */
  static byte[] png(List<String> quarters, List<Series> series, String sameQuarterLastYear) {
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(axis());
    combined.setGap(6);
    for (Series indicator : series) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (int i = 0; i < quarters.size(); i++) {
        data.addValue(indicator.values().get(i), "värde", quarters.get(i));
      }
      // the label stands beside its own plot, 150 pixels high: 20 characters at 12 points fit (the table above the
      // chart gives the full names)
      NumberAxis values = new NumberAxis(ChartImage.shortened(indicator.label(), 20));
      values.setLabelFont(ChartImage.font(12f));
      values.setTickLabelFont(ChartImage.font(11f));
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      values.setAutoRangeIncludesZero(true);
      LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
      renderer.setSeriesPaint(0, LINE);
      renderer.setSeriesStroke(0, new BasicStroke(2.5f));
      CategoryPlot plot = new CategoryPlot(data, null, values, renderer);
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(ChartImage.GRID);
      if (sameQuarterLastYear != null && quarters.contains(sameQuarterLastYear)) {
        CategoryMarker marker = new CategoryMarker(sameQuarterLastYear, new Color(0xe6, 0xe6, 0xe6),
            new BasicStroke(1f));
        marker.setDrawAsLine(false);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
      }
      combined.add(plot, 1);
    }
    JFreeChart chart = new JFreeChart(null, ChartImage.FONT, combined, false);
    return ChartImage.png(chart, WIDTH, 60 + HEIGHT_PER_INDICATOR * Math.max(1, series.size()));
  }

  private static CategoryAxis axis() {
    CategoryAxis quarters = new CategoryAxis();
    quarters.setTickLabelFont(ChartImage.font(12f));
    quarters.setTickLabelPaint(ChartImage.INK);
    quarters.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    quarters.setMaximumCategoryLabelWidthRatio(1.5f);
    return quarters;
  }
}

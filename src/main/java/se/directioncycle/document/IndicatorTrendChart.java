package se.directioncycle.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
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

  private static final Font FONT = font();
  private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
  private static final Color LINE = new Color(0x00, 0x58, 0x6f);
  private static final int WIDTH = 1000;
  private static final int HEIGHT_PER_INDICATOR = 150;

  private IndicatorTrendChart() {}

  /**
   * @param quarters the eight quarters' labels, oldest first
   * @param sameQuarterLastYear the label to mark, or null
   * @return a data URI of the PNG
   */
  static String dataUri(List<String> quarters, List<Series> series, String sameQuarterLastYear) {
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(axis());
    combined.setGap(6);
    for (Series indicator : series) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (int i = 0; i < quarters.size(); i++) {
        data.addValue(indicator.values().get(i), "värde", quarters.get(i));
      }
      NumberAxis values = new NumberAxis(shortened(indicator.label()));
      values.setLabelFont(FONT.deriveFont(12f));
      values.setTickLabelFont(FONT.deriveFont(11f));
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      values.setAutoRangeIncludesZero(true);
      LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
      renderer.setSeriesPaint(0, LINE);
      renderer.setSeriesStroke(0, new BasicStroke(2.5f));
      CategoryPlot plot = new CategoryPlot(data, null, values, renderer);
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
      if (sameQuarterLastYear != null && quarters.contains(sameQuarterLastYear)) {
        CategoryMarker marker = new CategoryMarker(sameQuarterLastYear, new Color(0xe6, 0xe6, 0xe6),
            new BasicStroke(1f));
        marker.setDrawAsLine(false);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
      }
      combined.add(plot, 1);
    }
    JFreeChart chart = new JFreeChart(null, FONT, combined, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 12));
    BufferedImage image = chart.createBufferedImage(WIDTH, 60 + HEIGHT_PER_INDICATOR * Math.max(1, series.size()));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }

  private static CategoryAxis axis() {
    CategoryAxis quarters = new CategoryAxis();
    quarters.setTickLabelFont(FONT.deriveFont(12f));
    quarters.setTickLabelPaint(INK);
    quarters.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    quarters.setMaximumCategoryLabelWidthRatio(1.5f);
    return quarters;
  }

  /** An axis label fits beside a small chart. */
  private static String shortened(String label) {
    return label.length() <= 28 ? label : label.substring(0, 27) + "…";
  }

  private static Font font() {
    try (InputStream in = IndicatorTrendChart.class.getClassLoader()
        .getResourceAsStream(PdfRenderer.FONTS + "DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("DejaVuSans.ttf is missing from the classpath (jasperreports-fonts)");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("The charts' font could not be read", e);
    }
  }
}

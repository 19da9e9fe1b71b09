package se.directioncycle.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.ui.RectangleInsets;

/**
 * What every chart of the documents shares: the documents' own font (DejaVu Sans from the PDFs' font path, so a server
 * without fonts draws the same), the ink and background, and the drawing to PNG in memory.
 */
final class ChartImage {

  static final Font FONT = font();
  static final Color INK = new Color(0x1b, 0x1b, 0x1b);
  static final Color GRID = new Color(0xbd, 0xbd, 0xbd);
  /**
   * Colours in a picture's palette. A chart's or map's flat colours are its most frequent ones, far fewer than 64;
   * the rest are the anti-aliased edges between them, which look the same drawn as the nearest of those. With 64
   * the pictures came out smaller than with the general quantizer before, and with 256 a sixth larger
   * (docs/performance.md, "2026-12-08").
   */
  static final int PALETTE_SIZE = 64;

  private ChartImage() {}

  /** The font at a size. */
  static Font font(float size) {
    return FONT.deriveFont(size);
  }

  /**
   * Horizontal bars of the quarter's observations, one row per category: the category axis on the left, the count
   * along the bottom in whole numbers, and what to say when there is nothing to draw.
   */
  static CategoryPlot observationBars(org.jfree.data.category.CategoryDataset data,
      org.jfree.chart.renderer.category.CategoryItemRenderer renderer, String noData) {
    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelFont(font(12f));
    categories.setTickLabelPaint(INK);
    categories.setMaximumCategoryLabelWidthRatio(0.35f);
    NumberAxis counts = new NumberAxis("Antal observationer under kvartalet");
    counts.setLabelFont(font(12f));
    counts.setTickLabelFont(font(11f));
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CategoryPlot plot = new CategoryPlot(data, categories, counts, renderer);
    plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setNoDataMessage(noData);
    plot.setNoDataMessageFont(font(14f));
    return plot;
  }

  /** The chart around a plot, its legend (if any) at the bottom in the documents' font. */
  static JFreeChart withLegendBelow(CategoryPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(font(12f));
      chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
    }
    return chart;
  }

  /** The chart drawn on white at this size, as PNG bytes (see {@link #encoded}). */
  static byte[] png(JFreeChart chart, int width, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 12));
    return encoded(chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null));
  }

  /**
   * An opaque picture as PNG with a palette of at most {@link #PALETTE_SIZE} colours and no alpha channel. A chart or
   * map has a few flat colours and the anti-aliased edges between them; the palette keeps them to the eye while the
   * picture, and the PDF that embeds it (PDFBox re-encodes it losslessly), takes about a third fewer bytes: the
   * published documents are the largest share of the database per cycle (docs/performance.md).
   */
  static byte[] encoded(BufferedImage opaque) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(withOwnPalette(opaque), "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /**
   * The picture with a palette of its own colours: the {@link #PALETTE_SIZE} most frequent kept exactly, each rarer
   * one (an edge between two flat colours, mostly) drawn as the nearest of those. Each distinct colour is matched once
   * and each pixel then looked up by its colour: a general quantizer builds an inverse map over the whole colour cube
   * for every picture, which cost a twelfth of a cycle's time (docs/performance.md, "2026-12-08").
   */
  static BufferedImage withOwnPalette(BufferedImage opaque) {
    int width = opaque.getWidth();
    int[] pixels = opaque.getType() == BufferedImage.TYPE_INT_RGB
        ? ((DataBufferInt) opaque.getRaster().getDataBuffer()).getData() // the charts' and maps' own type, by rows
        : opaque.getRGB(0, 0, width, opaque.getHeight(), null, 0, width);
    Map<Integer, Colour> colours = new HashMap<>();
    Colour colour = null;
    for (int pixel : pixels) {
      int rgb = pixel & 0xffffff;
      if (colour == null || rgb != colour.rgb) { // runs of one colour are the rule in a chart
        colour = colours.computeIfAbsent(Colour.key(rgb), key -> new Colour(rgb));
      }
      colour.count++;
    }
    int[] palette = colours.values().stream()
        .sorted(Comparator.comparingInt((Colour c) -> -c.count).thenComparingInt(c -> c.rgb))
        .limit(PALETTE_SIZE).mapToInt(c -> c.rgb).toArray();
    colours.values().forEach(c -> c.index = (byte) nearest(palette, c.rgb));

    byte[] red = new byte[palette.length];
    byte[] green = new byte[palette.length];
    byte[] blue = new byte[palette.length];
    for (int i = 0; i < palette.length; i++) {
      red[i] = (byte) (palette[i] >> 16);
      green[i] = (byte) (palette[i] >> 8);
      blue[i] = (byte) palette[i];
    }
    BufferedImage indexed = new BufferedImage(width, opaque.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
        new IndexColorModel(8, palette.length, red, green, blue));
    byte[] indices = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData(); // one byte a pixel, by rows
    colour = null;
    for (int i = 0; i < pixels.length; i++) {
      int rgb = pixels[i] & 0xffffff;
      if (colour == null || rgb != colour.rgb) {
        colour = colours.get(Colour.key(rgb));
      }
      indices[i] = colour.index;
    }
    return indexed;
  }

  /** One distinct colour of a picture: how many pixels have it, and its entry in the palette. */
  private static final class Colour {
    final int rgb;
    int count;
    byte index;

    Colour(int rgb) {
      this.rgb = rgb;
    }

    /**
     * The colour's key in a hash map: the colour scrambled one to one. The colour itself collides badly, since a grey's
     * three equal bytes cancel in the map's own spreading and the anti-aliased greys of the text then share a few
     * buckets.
     */
    static Integer key(int rgb) {
      return rgb * 0x9E3779B1;
    }
  }

  /** The palette entry nearest to a colour (itself, when it is in the palette). */
  private static int nearest(int[] palette, int rgb) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < palette.length && bestDistance > 0; i++) {
      long distance = 0;
      for (int shift = 0; shift <= 16; shift += 8) {
        long channel = (palette[i] >> shift & 0xff) - (rgb >> shift & 0xff);
        distance += channel * channel;
      }
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A chart with nothing to draw: the message where the bars or lines would be. */
  static byte[] empty(String message) {
    CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), new CategoryAxis(), new NumberAxis(), null);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setNoDataMessage(message);
    plot.setNoDataMessageFont(font(14f));
    plot.getDomainAxis().setVisible(false);
    plot.getRangeAxis().setVisible(false);
    return png(new JFreeChart(null, FONT, plot, false), 1000, 200);
  }

  /** A PNG as a data URI, for the PDFs' templates. */
  static String dataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /** An axis or bar label that fits beside a small chart. */
  static String shortened(String label, int max) {
    return label.length() <= max ? label : label.substring(0, max - 1) + "…";
  }

  private static Font font() {
    try (InputStream in = ChartImage.class.getClassLoader().getResourceAsStream(PdfRenderer.FONTS + "DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("DejaVuSans.ttf is missing from the classpath (jasperreports-fonts)");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("The charts' font could not be read", e);
    }
  }
}

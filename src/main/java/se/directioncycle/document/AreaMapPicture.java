package se.directioncycle.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The areas of a municipality drawn alone (no map tiles: nothing is fetched, and a PDF needs no tile licence),
 * each shaded by its band of observations and labelled with its name and count ("<5" under five): a PNG for the
 * situation report's PDF, drawn with Java2D in the documents' own font ({@link ChartImage}). Longitude is scaled by the cosine of the
 * middle latitude, so shapes in Sweden keep their proportions. The PDF prints the same figures as a table, which is
 * the picture's text alternative.
 */
final class AreaMapPicture {

  /** One area: its name, GeoJSON geometry (WGS84), the count as shown, and its band 0–3 (null: no report). */
  record Area(String name, JsonNode geometry, String shown, Integer band) {}

  static final Color[] BANDS = {new Color(0xd6, 0xe9, 0xef), new Color(0x8f, 0xc1, 0xd1), new Color(0x3a, 0x8c, 0xa6),
      new Color(0x00, 0x58, 0x6f)};
  private static final Color NONE = new Color(0xe0, 0xe0, 0xe0);
  private static final Color INK = ChartImage.INK;
  private static final Font FONT = ChartImage.FONT;
  private static final int WIDTH = 1000;
  private static final int MAX_HEIGHT = 800;
  /** Room around the areas for a point's label above it. */
  private static final int MARGIN = 70;
  private static final double POINT_RADIUS = 14;

  private AreaMapPicture() {}

  /** A data URI of the PNG. */
  static String dataUri(List<Area> areas) {
    Bounds bounds = new Bounds();
    areas.forEach(a -> bounds.add(a.geometry().path("coordinates")));
    double scaleX = Math.cos(Math.toRadians((bounds.minLat + bounds.maxLat) / 2));
    double spanX = Math.max((bounds.maxLon - bounds.minLon) * scaleX, 0.01);
    double spanY = Math.max(bounds.maxLat - bounds.minLat, 0.01);
    double scale = Math.min((WIDTH - 2.0 * MARGIN) / spanX, (MAX_HEIGHT - 2.0 * MARGIN) / spanY);
    int height = (int) Math.ceil(spanY * scale + 2 * MARGIN);
    double offsetX = (WIDTH - spanX * scale) / 2;
    Projection at = (lon, lat) -> new double[] {offsetX + (lon - bounds.minLon) * scaleX * scale,
        MARGIN + (bounds.maxLat - lat) * scale};

    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      List<double[]> labels = new ArrayList<>();
      for (Area area : areas) {
        Color fill = area.band() == null ? NONE : BANDS[area.band()];
        JsonNode coordinates = area.geometry().path("coordinates");
        double[] label;
        if ("Point".equals(area.geometry().path("type").asText())) {
          double[] p = at.project(coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
          Ellipse2D dot = new Ellipse2D.Double(p[0] - POINT_RADIUS, p[1] - POINT_RADIUS, 2 * POINT_RADIUS,
              2 * POINT_RADIUS);
          paint(g, dot, fill);
          // the label's box stands on the circle (its lower edge just above it)
          label = new double[] {p[0], p[1] - POINT_RADIUS - 4, 1};
        } else {
          Path2D shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
          List<JsonNode> polygons = new ArrayList<>();
          if ("Polygon".equals(area.geometry().path("type").asText())) {
            polygons.add(coordinates);
          } else {
            coordinates.forEach(polygons::add);
          }
          Rectangle2D largest = null;
          for (JsonNode polygon : polygons) {
            Path2D outer = new Path2D.Double();
            for (int ring = 0; ring < polygon.size(); ring++) {
              Path2D path = ring(polygon.get(ring), at);
              shape.append(path, false);
              if (ring == 0) {
                outer = path;
              }
            }
            Rectangle2D box = outer.getBounds2D();
            if (largest == null || box.getWidth() * box.getHeight() > largest.getWidth() * largest.getHeight()) {
              largest = box;
            }
          }
          paint(g, shape, fill);
          label = new double[] {largest.getCenterX(), largest.getCenterY(), 0};
        }
        labels.add(label);
      }
      for (int i = 0; i < areas.size(); i++) {
        label(g, labels.get(i), areas.get(i).name(), areas.get(i).shown() == null ? "–" : areas.get(i).shown());
      }
    } finally {
      g.dispose();
    }
    return ChartImage.dataUri(ChartImage.encoded(image));
  }

  private static Path2D ring(JsonNode ring, Projection at) {
    Path2D path = new Path2D.Double();
    for (int i = 0; i < ring.size(); i++) {
      double[] p = at.project(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
      if (i == 0) {
        path.moveTo(p[0], p[1]);
      } else {
        path.lineTo(p[0], p[1]);
      }
    }
    path.closePath();
    return path;
  }

  private static void paint(Graphics2D g, java.awt.Shape shape, Color fill) {
    g.setColor(fill);
    g.fill(shape);
    g.setColor(INK);
    g.setStroke(new BasicStroke(2f));
    g.draw(shape);
  }

  /**
   * Name and count on a white box: centred on {@code at} (x, y, 0), or standing on it (x, y, 1); always inside the
   * picture.
   */
  private static void label(Graphics2D g, double[] at, String name, String count) {
    Font bold = FONT.deriveFont(Font.BOLD, 20f);
    g.setFont(bold);
    FontMetrics metrics = g.getFontMetrics();
    int width = Math.max(metrics.stringWidth(name), metrics.stringWidth(count)) + 12;
    int lineHeight = metrics.getHeight();
    int height = 2 * lineHeight + 4;
    int x = (int) Math.round(at[0] - width / 2.0);
    int y = (int) Math.round(at[2] == 1 ? at[1] - height : at[1] - height / 2.0);
    x = Math.max(2, Math.min(x, WIDTH - width - 2));
    y = Math.max(2, y);
    g.setColor(new Color(255, 255, 255, 220));
    g.fillRect(x, y, width, height);
    g.setColor(INK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(x, y, width, height);
    g.drawString(name, x + (width - metrics.stringWidth(name)) / 2, y + metrics.getAscent() + 2);
    g.drawString(count, x + (width - metrics.stringWidth(count)) / 2, y + lineHeight + metrics.getAscent() + 2);
  }

  private interface Projection {
    double[] project(double longitude, double latitude);
  }

  /** The smallest box around every position of the geometries. */
  private static final class Bounds {
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;

    void add(JsonNode coordinates) {
      if (coordinates.isArray() && coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
        minLon = Math.min(minLon, coordinates.get(0).asDouble());
        maxLon = Math.max(maxLon, coordinates.get(0).asDouble());
        minLat = Math.min(minLat, coordinates.get(1).asDouble());
        maxLat = Math.max(maxLat, coordinates.get(1).asDouble());
        return;
      }
      coordinates.forEach(this::add);
    }
  }
}

package se.directioncycle.dashboard;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard map's background (`directioncycle.map.*`): a tile server's URL template (Leaflet's
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png`) and the attribution its terms ask for. Left out (the default):
 * no tiles, the areas are drawn alone and the browser fetches nothing from elsewhere. With a tile server, Cockpit's
 * Content-Security-Policy lets images come from its origin ({@link #imageSource()}).
 */
@ConfigurationProperties("directioncycle.map")
record MapProperties(String tileUrl, String tileAttribution) {

  MapProperties {
    tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
    tileAttribution = tileAttribution == null || tileAttribution.isBlank() ? null : tileAttribution.strip();
    if (tileUrl != null) {
      imageSource(tileUrl);
      if (!tileUrl.contains("{z}") || !tileUrl.contains("{x}") || !tileUrl.contains("{y}")) {
        throw new IllegalStateException("directioncycle.map.tile-url must be a tile URL template with {z}, {x} and {y}");
      }
      if (tileAttribution == null) {
        throw new IllegalStateException("directioncycle.map.tile-attribution must be set with tile-url: a tile "
            + "server's terms ask for it to be shown on the map");
      }
    }
  }

  boolean hasTiles() {
    return tileUrl != null;
  }

  /** The CSP source the tiles come from, e.g. `https://*.tile.example.org` for `https://{s}.tile.example.org/…`. */
  String imageSource() {
    return tileUrl == null ? null : imageSource(tileUrl);
  }

  private static String imageSource(String template) {
    String problem = "directioncycle.map.tile-url must be an https URL template such as "
        + "https://{s}.tile.example.org/{z}/{x}/{y}.png (http only for localhost)";
    URI uri;
    try {
      uri = URI.create(template.replace("{s}", "s").replaceAll("\\{[a-z]+}", "0"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(problem, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http") && host.equals("localhost"))) {
      throw new IllegalStateException(problem);
    }
    int authorityStart = template.indexOf("://") + 3;
    int authorityEnd = template.indexOf('/', authorityStart);
    String authority = template.substring(authorityStart, authorityEnd < 0 ? template.length() : authorityEnd);
    if (authority.contains("{") && !authority.startsWith("{s}.")) {
      throw new IllegalStateException("directioncycle.map.tile-url may have a placeholder in its host only as the "
          + "first label ({s}.tile.example.org)");
    }
    return scheme + "://" + authority.replace("{s}", "*").toLowerCase(Locale.ROOT);
  }
}

package se.directioncycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tile server's origin, derived from its URL template, is what Cockpit's img-src gets, and nothing else. */
class MapTileImagesTest {

  @Test
  void noTileServerMeansNoTilesAndNoOrigin() {
    MapProperties none = new MapProperties("", null);
    assertThat(none.hasTiles()).isFalse();
    assertThat(none.imageSource()).isNull();
  }

  @Test
  void theOriginOfTheTemplateWithASubdomainPlaceholderAsWildcard() {
    assertThat(new MapProperties("https://{s}.tiles.kommun.example/{z}/{x}/{y}.png", "© Kommunen").imageSource())
        .isEqualTo("https://*.tiles.kommun.example");
    assertThat(new MapProperties("https://Karta.Kommun.example:8443/wmts/{z}/{y}/{x}", "© Lantmäteriet")
        .imageSource()).isEqualTo("https://karta.kommun.example:8443");
    assertThat(new MapProperties("http://localhost:8081/{z}/{x}/{y}.png", "test").imageSource())
        .isEqualTo("http://localhost:8081");
  }

  @Test
  void aTemplateThatCannotBeUsedStopsTheStartWithAReason() {
    assertThatThrownBy(() -> new MapProperties("http://tiles.example.org/{z}/{x}/{y}.png", "x"))
        .hasMessageContaining("https URL template");
    assertThatThrownBy(() -> new MapProperties("https://tiles.example.org/tile.png", "x"))
        .hasMessageContaining("{z}, {x} and {y}");
    assertThatThrownBy(() -> new MapProperties("https://tiles.{s}.example.org/{z}/{x}/{y}.png", "x"))
        .hasMessageContaining("first label");
    assertThatThrownBy(() -> new MapProperties("https://tiles.example.org/{z}/{x}/{y}.png", " "))
        .hasMessageContaining("tile-attribution");
  }

  @Test
  void theOriginIsAddedToImgSrcOfCamundasPolicyOrTheOperatorsOwn() {
    String policy = MapTileImages.withImageSource(null, "https://*.tiles.kommun.example");
    assertThat(policy).contains("img-src 'self' data: https://*.tiles.kommun.example;")
        .contains("script-src $NONCE 'strict-dynamic'").contains("default-src 'self'");
    assertThat(policy.replace(" https://*.tiles.kommun.example", "")).isEqualTo(MapTileImages.CAMUNDA_DEFAULT_POLICY);
    assertThat(MapTileImages.withImageSource("default-src 'self'; img-src 'self'", "https://t.example"))
        .isEqualTo("default-src 'self'; img-src 'self' https://t.example");
    assertThat(MapTileImages.withImageSource("default-src 'self'", "https://t.example"))
        .isEqualTo("default-src 'self';img-src 'self' data: https://t.example");
  }
}

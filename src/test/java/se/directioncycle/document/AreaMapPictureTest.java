package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The situation report's map: each area filled in its band's colour where it lies, no tiles, north up. */
class AreaMapPictureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachAreaIsFilledInItsBandsColourWhereItLies() throws Exception {
    // a square in the west (band 3), a triangle with a hole in the east (band 1), a point in the north (no report)
    List<AreaMapPicture.Area> areas = List.of(
        new AreaMapPicture.Area("Väster", JSON.readTree("{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 60.0], "
            + "[17.1, 60.0], [17.1, 60.1], [17.0, 60.1], [17.0, 60.0]]]}"), "24", 3),
        new AreaMapPicture.Area("Öster", JSON.readTree("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[17.3, 60.0], "
            + "[17.5, 60.0], [17.5, 60.2], [17.3, 60.0]], [[17.46, 60.03], [17.49, 60.03], [17.49, 60.06], [17.46, 60.03]]]]}"),
            "6", 1),
        new AreaMapPicture.Area("Norr", JSON.readTree("{\"type\": \"Point\", \"coordinates\": [17.2, 60.3]}"), null, null));
    String uri = AreaMapPicture.dataUri(areas);
    assertThat(uri).startsWith("data:image/png;base64,");
    byte[] png = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/situation-report-map.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isBetween(200, 800);

    // 1000 × 800 px at most, 70 px margins: 0.3° of latitude fill the height, 2,200 px per degree; longitude is
    // scaled by cos 60.15°, so the 0.25 "wide degrees" take 548 px, centred. West is left, north is up: inside the square near its lower edge
    // band 3, inside the triangle's lower right part band 1, in its hole and between the areas nothing
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(image.getRGB(280, 715)).isEqualTo(AreaMapPicture.BANDS[3].getRGB());
    assertThat(image.getRGB(700, 725)).isEqualTo(AreaMapPicture.BANDS[1].getRGB());
    assertThat(image.getRGB(755, 655)).as("the hole").isEqualTo(0xffffffff);
    assertThat(image.getRGB(450, 700)).as("between the areas").isEqualTo(0xffffffff);
  }

}

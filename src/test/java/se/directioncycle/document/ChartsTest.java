package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts' privacy rule for counts by area, and that each chart draws a PNG of its size. */
class ChartsTest {

  @Test
  void anAreaUnderFiveJoinsTheOthersAndNoPartIsUnderFive() {
    Map<String, Map<String, Long>> perCategory = new LinkedHashMap<>();
    perCategory.put("Klotter", Map.of("Skutskär", 12L, "Älvkarleby", 3L, "Gårdskär", 2L));
    perCategory.put("Nedskräpning", Map.of("Skutskär", 9L, "Älvkarleby", 2L));
    perCategory.put("Buskörning", Map.of("Skutskär", 3L));
    perCategory.put("Skadegörelse", Map.of("Skutskär", 6L, "Älvkarleby", 5L));

    List<CategoryAreaChart.Bar> bars = CategoryAreaChart.bars(perCategory);

    assertThat(bars).extracting(CategoryAreaChart.Bar::category)
        .containsExactly("Klotter", "Nedskräpning", "Skadegörelse", "Buskörning");
    // 3 + 2 make a group of 5: both small areas are hidden in it
    assertThat(bars.get(0).parts()).containsExactly(Map.entry("Skutskär", 12L),
        Map.entry(se.directioncycle.privacy.SmallCounts.OTHER_AREAS, 5L));
    // 2 alone would be readable: the smallest named area joins the group, which becomes the whole category
    assertThat(bars.get(1).parts()).containsExactly(Map.entry(se.directioncycle.privacy.SmallCounts.OTHER_AREAS, 11L));
    assertThat(bars.get(2).parts()).containsExactly(Map.entry("Skutskär", 6L), Map.entry("Älvkarleby", 5L));
    // a category's total is not a breakdown by area: it is shown, as one group
    assertThat(bars.get(3).parts()).containsExactly(Map.entry(se.directioncycle.privacy.SmallCounts.OTHER_AREAS, 3L));
    assertThat(bars).allSatisfy(bar -> assertThat(bar.parts().values())
        .allSatisfy(part -> assertThat(part >= 5 || bar.parts().size() == 1).isTrue()));
    assertThat(bars.get(0).partsText()).isEqualTo("Skutskär 12, " + se.directioncycle.privacy.SmallCounts.OTHER_AREAS + " 5");
  }

  @Test
  void everyChartIsAPng() throws IOException {
    byte[] categories = CategoryAreaChart.png(CategoryAreaChart.bars(Map.of("Klotter",
        Map.of("Skutskär", 12L, "Älvkarleby", 6L))));
    byte[] problems = RankedProblemsChart.png(List.of(
        new RankedProblemsChart.Problem(1, "Klotter", 18, 3, "ökande", 1, "Akut"),
        new RankedProblemsChart.Problem(2, "Nedskräpning", 7, 1, "ny", 4, "Låg")));
    byte[] survey = SurveyTrendChart.png(List.of(2025, 2026, 2027), List.of("Hela kommunen", "Skutskär"),
        List.of(new SurveyTrendChart.Measure("Känner sig trygg", Map.of("Hela kommunen", Arrays.asList(60.0, null, 64.5),
            "Skutskär", Arrays.asList(55.0, 58.0, 61.0)))));
    byte[] empty = ChartImage.empty("Inga observationer.");
    byte[] noProblems = RankedProblemsChart.png(List.of());

    assertThat(image(categories).getWidth()).isEqualTo(1000);
    assertThat(image(problems).getHeight()).isEqualTo(140 + 46 * 2);
    assertThat(image(survey).getHeight()).isEqualTo(90 + 190);
    assertThat(image(empty).getHeight()).isEqualTo(200);
    assertThat(image(noProblems).getWidth()).isEqualTo(1000);
    if (System.getProperty("charts.dump") != null) {
      java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("charts.dump"));
      java.nio.file.Files.write(dir.resolve("categories.png"), categories);
      java.nio.file.Files.write(dir.resolve("problems.png"), problems);
      java.nio.file.Files.write(dir.resolve("survey.png"), survey);
      java.nio.file.Files.write(dir.resolve("empty.png"), empty);
    }
  }

  @Test
  void chartsAreStoredWithAPaletteAndTheirColoursKept() throws IOException {
    List<String> quarters = List.of("2029 K2", "2029 K3", "2029 K4", "2030 K1", "2030 K2", "2030 K3", "2030 K4", "2031 K1");
    List<IndicatorTrendChart.Series> series = List.of(
        new IndicatorTrendChart.Series("Klotteranmälningar i bestånd", Arrays.asList(3L, 5L, null, 8L, 2L, 4L, 9L, 7L)),
        new IndicatorTrendChart.Series("Anmäld skadegörelse", Arrays.asList(1L, 0L, 2L, 2L, 6L, 3L, 1L, 0L)));
    byte[] trend = IndicatorTrendChart.png(quarters, series, "2030 K1");

    BufferedImage image = image(trend);
    assertThat(image.getColorModel()).isInstanceOf(java.awt.image.IndexColorModel.class);
    assertThat(((java.awt.image.IndexColorModel) image.getColorModel()).getMapSize()).isLessThanOrEqualTo(256);
    assertThat(image.getColorModel().hasAlpha()).isFalse();
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    // the flat colours survive to the eye (a palette entry within 4 of each channel): the background, the line,
    // the marked quarter's band
    assertThat(colours).hasSizeLessThanOrEqualTo(ChartImage.PALETTE_SIZE).contains(0xffffff);
    for (int flat : new int[] {0x00586f, 0xe6e6e6}) {
      assertThat(colours).anySatisfy(colour -> assertThat(channelDistance(colour, flat)).isLessThanOrEqualTo(4));
    }

    ByteArrayOutputStream unpaletted = new ByteArrayOutputStream();
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(image, 0, 0, null);
    ImageIO.write(rgb, "png", unpaletted);
    assertThat(trend.length).isLessThan(unpaletted.size());
    if (System.getProperty("charts.dump") != null) {
      java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("charts.dump")).resolve("trend.png"), trend);
    }
  }

  @Test
  void thePaletteKeepsTheMostFrequentColoursExactlyAndDrawsEachRarerOneAsTheNearest() {
    int size = ChartImage.PALETTE_SIZE;
    // the palette's worth of colours of ten pixels each, then 44 rarer ones of one pixel, each a little greener than
    // one of the first
    BufferedImage picture = new BufferedImage(size * 10 + 44, 1, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < size; i++) {
      for (int x = 0; x < 10; x++) {
        picture.setRGB(i * 10 + x, 0, frequent(i));
      }
    }
    for (int i = 0; i < 44; i++) {
      picture.setRGB(size * 10 + i, 0, frequent(i) + 0x000300);
    }

    BufferedImage indexed = ChartImage.withOwnPalette(picture);

    assertThat(((java.awt.image.IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(size);
    for (int i = 0; i < size; i++) {
      assertThat(indexed.getRGB(i * 10 + 9, 0) & 0xffffff).as("colour %d", i).isEqualTo(frequent(i));
    }
    for (int i = 0; i < 44; i++) {
      assertThat(indexed.getRGB(size * 10 + i, 0) & 0xffffff).as("rare colour %d", i).isEqualTo(frequent(i));
    }
  }

  @Test
  void aPictureOfFewColoursKeepsEveryOne() {
    BufferedImage picture = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    int[] colours = {0xffffff, 0x00586f, 0x1b1b1b, 0xe6e6e6, 0x00586f, 0xffffff};
    picture.setRGB(0, 0, 3, 2, colours, 0, 3);

    BufferedImage indexed = ChartImage.withOwnPalette(picture);

    assertThat(((java.awt.image.IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(4);
    assertThat(java.util.Arrays.stream(indexed.getRGB(0, 0, 3, 2, null, 0, 3)).map(rgb -> rgb & 0xffffff).toArray())
        .containsExactly(colours);
  }

  /** Distinct colours (up to 256), each 1 apart in red and in blue from the next. */
  private static int frequent(int i) {
    return i << 16 | (255 - i);
  }

  private static int channelDistance(int a, int b) {
    int distance = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      distance = Math.max(distance, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
    }
    return distance;
  }

  private static BufferedImage image(byte[] png) throws IOException {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    return ImageIO.read(new ByteArrayInputStream(png));
  }
}

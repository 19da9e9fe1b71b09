package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every document template, filled with Swedish letters and the typographic characters our texts use, renders to a PDF
 * whose text holds every one of them, and neither PDFBox nor openhtmltopdf complains about a missing glyph or font.
 */
class PdfFontCoverageTest {

  /** Swedish and the typographic characters of our texts and of what people type. */
  static final String CHARACTERS = "åäöÅÄÖéü → ← – — “ ” ‘ ’ « » … • ≤ ≥ ± × § ½ ° € ✓";

  private static final String TEXT = "Trygghet på Torget " + CHARACTERS;

  /**
   * openhtmltopdf creates PDF's Helvetica and ZapfDingbats fonts as the default resources of form controls at the end
   * of every document, whether it has form controls or not (`PdfBoxPerDocumentFormState`), and PDFBox says which
   * system font stands in for them where the machine lacks a metric twin (Liberation Sans is one). Our documents have
   * no form controls, and under PDF/A no text can use a font that is not embedded (it would fail to render instead),
   * so those lines say nothing about the text.
   */
  private static final String FORM_CONTROL_FONT = "Using fallback font \\S+ for base font (ZapfDingbats|Helvetica)";

  /** PDFBox builds its per-user cache of system fonts once, with warnings that say nothing about our documents. */
  @BeforeAll
  static void buildPdfBoxFontCacheFirst() {
    FontMappers.instance().getFontBoxFont("DejaVuSans", null);
  }

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLog() {
    // PdfRenderer sends openhtmltopdf's log to SLF4J (Slf4jXRLogger); PDFBox logs through commons-logging to SLF4J;
    // anything through java.util.logging is bridged here as Spring Boot does.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    root.detachAppender(log);
    SLF4JBridgeHandler.uninstall();
  }

  static Stream<String> templates() {
    return MODELS.keySet().stream();
  }

  @Test
  void everyTemplateUnderDocumentsIsCovered() throws IOException {
    Set<String> templates = new TreeSet<>();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:documents/*.html")) {
      templates.add(resource.getFilename().replaceFirst("\\.html$", ""));
    }
    assertThat(templates).isNotEmpty().isEqualTo(new TreeSet<>(MODELS.keySet()));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void everyCharacterPutInIsInThePdfAndNoGlyphIsMissing(String template) {
    byte[] pdf = new PdfRenderer().render(template, MODELS.get(template));

    String text = text(pdf);
    Set<String> missing = CHARACTERS.codePoints().filter(c -> c != ' ').mapToObj(Character::toString)
        .filter(c -> !text.contains(c)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(log.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
            || e.getFormattedMessage().toLowerCase().matches("(?s).*(glyph|missing|fallback|not found).*"))
        .filter(e -> !e.getFormattedMessage().matches(FORM_CONTROL_FONT))
        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList())
        .as("font or glyph warnings while rendering %s", template).isEmpty();
    assertThat(missing).as("characters lost in %s", template).isEmpty();
    assertThat(text).doesNotContain("#" + "→");
  }

  /** Eight quarters of one indicator, drawn as the situation report draws them. */
  private static Map<String, Object> trend() {
    List<String> quarters = List.of("2026 Q2", "2026 Q3", "2026 Q4", "2027 Q1", "2027 Q2", "2027 Q3", "2027 Q4",
        "2028 Q1");
    List<Long> values = java.util.Arrays.asList(3L, null, 5L, 7L, 2L, 4L, 6L, 7L);
    return Map.of("quarters", quarters, "rows", List.of(Map.of("label", TEXT, "values",
        values.stream().map(v -> v == null ? "–" : v.toString()).toList())),
        "image", ChartImage.dataUri(IndicatorTrendChart.png(quarters, List.of(new IndicatorTrendChart.Series(TEXT, values)), "2027 Q1")));
  }

  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, Map<String, Object>> MODELS = Map.of(
      "text-report", Map.of("heading", TEXT, "municipality", TEXT, "period", "2027 Q1",
          "blocks", TextBlocks.of("# " + TEXT + "\n- " + TEXT + "\n| " + TEXT + " | 3 |\n" + TEXT)),
      "citizen-promise-feedback", Map.of("title", TEXT, "municipality", TEXT, "period", "2027–2028",
          "publishedAt", "2029-01-15", "blocks", TextBlocks.of("# " + TEXT + "\n- " + TEXT + "\n| " + TEXT + " |\n" + TEXT),
          "progress", List.of(Map.of("party", TEXT, "commitment", TEXT, "year", 2027, "achieved", 4, "target", 6,
              "share", "67 %", "comment", TEXT))),
      "direction-decision", Map.of("number", "2027-1", "municipality", TEXT, "period", "2027 Q1",
          "meetingDate", "2027-01-20", "paragraph", "12", "decidedBy", TEXT, "registeredAt", "2027-01-21",
          "checksum", "ab12",
          "focusAreas", List.of(Map.of("title", TEXT, "problem", TEXT, "goal", TEXT,
              "interventions", List.of(Map.of("title", TEXT, "responsible", TEXT, "period", "2027-01-01 – 2027-03-31",
                  "indicator", TEXT, "target", TEXT))))),
      "situation-report", Map.ofEntries(Map.entry("municipality", TEXT), Map.entry("period", "2027 Q1"),
          Map.entry("approvedAt", "2027-01-15"), Map.entry("mapping", TEXT), Map.entry("otherInformation", TEXT),
          Map.entry("analysis", TEXT), Map.entry("missing", TEXT),
          Map.entry("indicators", List.of(Map.of("label", TEXT, "total", 7, "previous", "–", "lastYear", "5",
              "trend", TEXT, "barNow", 100, "barPrevious", 0, "barLastYear", 70))),
          Map.entry("trend", trend()),
          Map.entry("categoryChart", Map.of("note", TEXT, "rows", List.of(Map.of("category", TEXT, "total", 12,
              "parts", TEXT)), "image", ChartImage.dataUri(CategoryAreaChart.png(CategoryAreaChart.bars(
                  Map.of(TEXT, Map.of(TEXT, 7L, "Skutskär", 2L, "Gårdskär", 3L))))))),
          Map.entry("problemChart", Map.of("image", ChartImage.dataUri(RankedProblemsChart.png(List.of(
              new RankedProblemsChart.Problem(1, TEXT, 12, 3, "ökande", 1, "Akut")))))),
          Map.entry("problems", List.of(Map.of("rank", 1, "category", TEXT, "observations", 12, "severity", 3,
              "trend", TEXT, "priority", TEXT, "areas", TEXT, "explanation", TEXT)))),
      "citizen-promises", Map.of("title", TEXT, "municipality", TEXT, "period", "2027–2028",
          "publishedAt", "2027-02-01", "signatures", List.of(Map.of("role", TEXT, "date", "2027-01-30")),
          "themes", List.of(Map.of("number", 1, "title", TEXT, "focusArea", TEXT, "goal", TEXT,
              "commitments", List.of(Map.of("party", TEXT, "description", TEXT, "target", TEXT, "indicator", TEXT)))),
          "focusAreas", List.of(Map.of("label", TEXT, "observations", "<5")), "focusMotivation", TEXT,
          "dialogues", List.of(Map.of("kind", TEXT, "method", TEXT, "heldOn", "2026-10-01", "participants", 12,
              "places", TEXT, "themes", TEXT)),
          "analysis", List.of(TEXT)),
      "annual-action-plan", Map.of("title", TEXT, "municipality", TEXT, "year", 2027, "decisionDate", "2027-12-10",
          "paragraph", 42, "decidedBy", TEXT, "registeredAt", "2027-12-11",
          "plan", List.of(Map.of("heading", TEXT, "lines", List.of(TEXT, TEXT))),
          "picture", TextBlocks.of("# " + TEXT + "\n- " + TEXT + "\n| " + TEXT + " |\n" + TEXT),
          "survey", Map.of("years", List.of(2026, 2027), "note", TEXT, "rows", List.of(Map.of("measure", TEXT,
              "area", TEXT, "values", List.of("–", "61,5 %"))), "image", ChartImage.dataUri(SurveyTrendChart.png(
                  List.of(2026, 2027), List.of(TEXT), List.of(new SurveyTrendChart.Measure(TEXT,
                      Map.of(TEXT, java.util.Arrays.asList(null, 61.5)))))))),
      "compliance-report", Map.of("municipality", TEXT, "year", 2027, "metCount", 1, "total", 2,
          "generatedOn", "2027-12-31",
          "obligations", List.of(
              Map.of("title", TEXT, "requirement", TEXT, "verdict", "Uppfyllt", "met", true, "missing", "",
                  "evidence", List.of("2027-03-01 – " + TEXT)),
              Map.of("title", TEXT, "requirement", TEXT, "verdict", "Saknas", "met", false, "missing", TEXT,
                  "evidence", List.of()))));
}

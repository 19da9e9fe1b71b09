package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's text in a document stays text: raw HTML and Markdown links or images never become markup. */
class PdfRendererTest {

  private static final String TEXT = """
      # Återkoppling <script>alert(1)</script>
      - Fler än 3 < 5 & <b>fet</b>
      Se <img src="https://spårning.example/p.png"> och [länk](javascript:alert(1)) och ![bild](https://x.example/i.png)
      """;

  @Test
  void rawHtmlInAStepsTextIsEscapedInTheDocument() {
    String xhtml = new PdfRenderer().xhtml("text-report", Map.of("heading", "Återkoppling", "period", "2027–2028",
        "municipality", "Kalix", "blocks", TextBlocks.of(TEXT)));

    assertThat(xhtml).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Fler än 3 &lt; 5 &amp; &lt;b&gt;fet&lt;/b&gt;",
        "&lt;img src=&quot;https://spårning.example/p.png&quot;&gt;", "[länk](javascript:alert(1))");
    assertThat(xhtml).doesNotContain("<script", "<b>", "<img", "href=");
  }

  @Test
  void theDocumentIsStillAPdf() {
    byte[] pdf = new PdfRenderer().render("text-report", Map.of("heading", "Återkoppling", "period", "2027–2028",
        "municipality", "Kalix", "blocks", TextBlocks.of(TEXT)));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }
}

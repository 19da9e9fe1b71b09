package se.directioncycle.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextVariableTest {

  @Test
  void rawHtmlBecomesEntitiesSoItShowsAsText() {
    assertThat(TextVariable.shown("<img src=x onerror=alert(1)> <b>fet</b> <a href=\"javascript:alert(1)\">x</a>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;fet&lt;/b&gt; "
            + "&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;");
  }

  @Test
  void ordinaryProseAndMarkdownStay() {
    assertThat(TextVariable.shown("**Fokus**: fler än 3 < 5 & [länk](https://bra.se)"))
        .isEqualTo("**Fokus**: fler än 3 &lt; 5 &amp; [länk](https://bra.se)");
  }

  @Test
  void markdownImagesLoseTheirExclamationMark() {
    assertThat(TextVariable.shown("Se ![bild](https://spårning.example/p.png)! Klart!"))
        .isEqualTo("Se &#33;[bild](https://spårning.example/p.png)! Klart!");
  }

  @Test
  void aLongTextIsCutNeverInsideAnEntity() {
    String text = "a".repeat(TextVariable.MAX - 2) + "<<<<";

    String fitted = TextVariable.fit(text, "hela texten finns i beslutet");

    assertThat(fitted).startsWith("a".repeat(TextVariable.MAX - 2) + "\n\n… (förkortad – hela texten finns i beslutet)");
    assertThat(fitted.length()).isLessThan(4_000);
    assertThat(TextVariable.shown(text)).isEqualTo("a".repeat(TextVariable.MAX - 2) + " …");
  }

  @Test
  void nullStaysNull() {
    assertThat(TextVariable.shown(null)).isNull();
  }
}

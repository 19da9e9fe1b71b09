package se.directioncycle.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Swedish webapp labels against the English ones shipped in the Camunda webjar on the classpath:
 * after an upgrade that adds a key, this fails until the key is translated.
 */
class LocaleFilesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void swedishHasEveryEnglishKeyWithItsPlaceholders(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode swedish = read(app, "sv");
    List<String> problems = new ArrayList<>();
    compare(english, swedish, app, problems);
    assertThat(problems).as("sv.json of %s compared with the webjar's en.json", app).isEmpty();
    assertThat(english.path("labels").size()).as("the webjar's English labels were found").isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void swedishIsTheFallbackInTheWebappConfiguration(String app) throws IOException {
    String config = text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['sv', 'en']").contains("fallbackLocale: 'sv'");
  }

  private static void compare(JsonNode english, JsonNode swedish, String path, List<String> problems) {
    if (swedish == null || swedish.isMissingNode()) {
      problems.add(path + ": missing");
    } else if (english.isObject()) {
      for (Map.Entry<String, JsonNode> field : english.properties()) {
        compare(field.getValue(), swedish.get(field.getKey()), path + "." + field.getKey(), problems);
      }
    } else if (english.isArray()) {
      if (swedish.size() != english.size()) {
        problems.add(path + ": " + swedish.size() + " items, English has " + english.size());
      }
    } else if (english.isTextual()) {
      String text = swedish.asText();
      if (!english.asText().isBlank() && text.isBlank()) {
        problems.add(path + ": empty");
      } else if (!all(PLACEHOLDER, english.asText()).equals(all(PLACEHOLDER, text))
          || !all(TAG, english.asText()).equals(all(TAG, text))) {
        problems.add(path + ": placeholders or HTML differ from the English");
      }
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }

  private static JsonNode read(String app, String language) throws IOException {
    try (InputStream in = resource(String.format(LOCALES, app, language))) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static String text(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = LocaleFilesTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name + " on the classpath").isNotNull();
    return in;
  }
}

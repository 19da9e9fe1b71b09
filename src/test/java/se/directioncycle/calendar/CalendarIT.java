package se.directioncycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;

/** The per-user calendar feed: a valid iCalendar of one's own deadlines, behind a revocable secret. */
@IntegrationTest
class CalendarIT {

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;

  @Test
  void aMembersFeedShowsItsOwnDeadlinesAndParses() throws Exception {
    engine.runDueJobs(new QuarterScenario(port, "kalix").open(2097, 3));
    engine.runDueJobs(new QuarterScenario(port, "alvkarleby").open(2097, 3));
    Rest school = Rest.as(port, "kalix-skola");

    Rest.Response issued = school.post("/api/calendar/token", Map.of());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat(issued.json().path("url").asText()).as("built on directioncycle.public-base-url, not the request's host")
        .matches("https://bra\\.test\\.example/inriktning/calendar/[A-Za-z0-9_-]{43}\\.ics");
    String path = feedPath(issued);
    Rest.Response feed = Rest.anonymous(port).get(path);
    assertThat(feed.status()).isEqualTo(200);

    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    calendar.validate();
    List<String> summaries = calendar.<VEvent>getComponents("VEVENT").stream()
        .map(e -> e.getSummary().map(s -> s.getValue()).orElse("")).toList();
    assertThat(summaries).contains("Sista dag: Lämna underlag till lägesbild – Kalix 2097 kvartal 3");
    List<String> links = calendar.<VEvent>getComponents("VEVENT").stream()
        .flatMap(e -> e.<net.fortuna.ical4j.model.property.Url>getProperty("URL").stream())
        .map(u -> u.getValue()).toList();
    assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link)
        .startsWith("https://bra.test.example/inriktning/camunda/app/tasklist/default/#/?task="));
    assertThat(feed.body()).contains("Kalix").doesNotContain("Älvkarleby").doesNotContain("lvkarleby");
  }

  @Test
  void aRevokedOrReplacedTokenIsRefused() {
    Rest police = Rest.as(port, "kalix-kommunpolis");
    String first = feedPath(police.post("/api/calendar/token", Map.of()));
    String second = feedPath(police.post("/api/calendar/token", Map.of()));
    assertThat(Rest.anonymous(port).get(first).status()).as("replaced").isEqualTo(404);
    assertThat(Rest.anonymous(port).get(second).status()).isEqualTo(200);

    assertThat(police.delete("/api/calendar/token").status()).isEqualTo(204);
    Rest.Response revoked = Rest.anonymous(port).get(second);
    assertThat(revoked.status()).isEqualTo(404);
    assertThat(revoked.message()).contains("okänd eller återkallad");
  }

  @Test
  void guessedOrHostileTokensAndAnonymousIssuingAreRefused() {
    for (String token : List.of("x", "A".repeat(43), "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "A".repeat(5000))) {
      assertThat(Rest.anonymous(port).get("/calendar/" + token + ".ics").status()).as(token).isIn(400, 404);
    }
    assertThat(Rest.anonymous(port).post("/api/calendar/token", Map.of()).status()).isEqualTo(401);
  }

  private static String feedPath(Rest.Response issued) {
    String url = issued.json().path("url").asText();
    return url.substring(url.indexOf("/calendar/"));
  }
}

package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;

/**
 * The public promise page over plain HTTP, as a citizen's browser or a municipality's website fetches it: no login,
 * no cookie, the site's content security policy, the stylesheet from the same origin, a Swedish 404. What it shows
 * of a real period is checked in the browser (BrowserIT, with axe).
 */
@IntegrationTest
class PublicPromisePageIT {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Test
  void anyoneOpensAMunicipalitysPageWithoutLoginOrCookies() throws Exception {
    HttpResponse<String> page = get("/medborgarloften/kalix");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().allValues("Set-Cookie")).as("no cookies").isEmpty();
    // embeddable in the municipality's own website, with the site's policy otherwise
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors *"));
    assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
    HttpResponse<String> tasklist = get("/camunda/app/tasklist/");
    assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElse("")).as("the webapps stay unframeable")
        .doesNotContain("frame-ancestors *");
    assertThat(page.body()).contains("<html lang=\"sv\"", "<h1>Medborgarlöften i Kalix</h1>")
        .contains("href=\"/medborgarloften/stil.css\"").doesNotContain("<script", "style=\"");

    HttpResponse<String> style = get("/medborgarloften/stil.css");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }

  @Test
  void anUnknownMunicipalityIsA404InSwedishThatEchoesNothingHostile() throws Exception {
    HttpResponse<String> unknown = get("/medborgarloften/finnsinte");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("<h1>Kommunen finns inte</h1>", "<span>finnsinte</span>");

    HttpResponse<String> hostile = get("/medborgarloften/" + "a\"onmouseover=alert(1)".replace("\"", "%22"));
    assertThat(hostile.statusCode()).isBetween(400, 404);
    assertThat(hostile.body()).doesNotContain("onmouseover=alert", "\"onmouseover");
    assertThat(get("/medborgarloften/" + "x".repeat(5000)).statusCode()).isBetween(400, 404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

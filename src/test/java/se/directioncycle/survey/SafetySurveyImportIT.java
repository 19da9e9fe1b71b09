package se.directioncycle.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The safety-survey import through HTTP as real demo people: the coordinator's valid file is stored, a bad
 * or oversized one stores nothing and leaves the earlier import as it was, and nobody else may import.
 * Survey years 2021–2025 are used only here.
 */
@IntegrationTest
class SafetySurveyImportIT {

  private static final String CSV = "text/csv; charset=utf-8";

  @LocalServerPort
  int port;
  @Autowired
  SafetySurveys surveys;

  private static byte[] sample(int year) throws Exception {
    String text = Files.readString(Path.of("docs/samples/safety-survey.csv"), StandardCharsets.UTF_8);
    return text.replace("\n2024;", "\n" + year + ";").getBytes(StandardCharsets.UTF_8);
  }

  private static String path(String municipality, int year) {
    return "/api/municipalities/" + municipality + "/safety-surveys/" + year;
  }

  @Test
  void theCoordinatorImportsTheSampleAndTheMunicipalitysPeopleReadIt() throws Exception {
    byte[] file = sample(2024);

    Rest.Response created = Rest.as(port, "kalix-samordnare").post(path("kalix", 2024), CSV, file);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("rowCount").asInt()).isEqualTo(20);
    assertThat(created.json().path("suppressedRows").asInt()).isEqualTo(3);
    assertThat(created.json().path("sha256").asText()).isEqualTo(DigestUtils.sha256Hex(file));
    assertThat(created.message()).isEqualTo("Trygghetsmätningen 2024 för Kalix är sparad: 20 rader.");

    SafetySurvey stored = surveys.find("kalix", 2024).orElseThrow();
    assertThat(stored.getImportedBy()).isEqualTo("kalix-samordnare");
    assertThat(stored.getRowCount()).isEqualTo(20);
    assertThat(stored.getRows()).hasSize(20);
    assertThat(stored.getRows()).filteredOn(SafetySurveyRow::isSuppressed).extracting(SafetySurveyRow::getArea)
        .containsOnly("Sangis").hasSize(3);
    assertThat(stored.getRows().get(0).getSharePercent()).isEqualByComparingTo("68.4");

    Rest.Response read = Rest.as(port, "kalix-skola").get(path("kalix", 2024));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode rows = read.json().path("rows");
    assertThat(rows).hasSize(20);
    JsonNode first = rows.get(0);
    assertThat(first.path("area").asText()).isEqualTo("Hela kommunen");
    assertThat(first.path("questionLabel").asText()).isEqualTo("Känner sig trygg utomhus sent på kvällen i sitt bostadsområde");
    assertThat(first.path("sharePercent").decimalValue()).isEqualByComparingTo("68.4");
    assertThat(first.path("respondents").asInt()).isEqualTo(412);
    JsonNode small = rows.get(17);
    assertThat(small.path("area").asText()).isEqualTo("Sangis");
    assertThat(small.path("suppressed").asBoolean()).isTrue();
    assertThat(small.path("sharePercent").isNull()).isTrue();
    assertThat(small.path("respondents").isNull()).isTrue();
    assertThat(small.path("respondentsShown").asText()).isEqualTo("<5");
  }

  @Test
  void aBadFileStoresNothingAndLeavesTheEarlierImportIntact() throws Exception {
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    assertThat(coordinator.post(path("kalix", 2025), CSV, sample(2025)).status()).isEqualTo(201);
    SafetySurvey earlier = surveys.find("kalix", 2025).orElseThrow();

    String bad = new String(sample(2025), StandardCharsets.UTF_8)
        .replace("2025;Nyborg;TRYGG_KVALL;72,5;120", "2025;Nyborg;TRYGG_KVALL;172,5;120")
        .replace("2025;Töre;PROBLEM_BELYSNING;29,0;62", "2025;=cmd|' /C calc'!A0;PROBLEM_BELYSNING;29,0;62");
    Rest.Response refused = coordinator.post(path("kalix", 2025), CSV, bad.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("Filen togs inte emot: 2 fel. Inget har sparats; en tidigare import av 2025 finns kvar "
        + "oförändrad. Rätta felen och skicka hela filen igen.");
    JsonNode errors = refused.json().path("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(13);
    assertThat(errors.get(0).path("column").asText()).isEqualTo("andel_procent");
    assertThat(errors.get(0).path("message").asText()).startsWith("Rad 13, kolumn «andel_procent»: måste vara ett tal mellan 0 och 100");
    assertThat(errors.get(1).path("message").asText()).startsWith("Rad 18, kolumn «område»: börjar med «=»");
    assertThat(refused.json().path("moreErrors").asInt()).isZero();

    SafetySurvey after = surveys.find("kalix", 2025).orElseThrow();
    assertThat(after.getId()).isEqualTo(earlier.getId());
    assertThat(after.getFileSha256()).isEqualTo(earlier.getFileSha256());
    assertThat(after.getRows()).hasSize(20);

    byte[] corrected = new String(sample(2025), StandardCharsets.UTF_8)
        .replace("2025;Nyborg;TRYGG_KVALL;72,5;120", "2025;Nyborg;TRYGG_KVALL;73,5;121").getBytes(StandardCharsets.UTF_8);
    Rest.Response replaced = coordinator.post(path("kalix", 2025), CSV, corrected);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
    assertThat(replaced.json().path("replacedEarlierImport").asBoolean()).isTrue();
    SafetySurvey now = surveys.find("kalix", 2025).orElseThrow();
    assertThat(now.getFileSha256()).isEqualTo(DigestUtils.sha256Hex(corrected));
    assertThat(now.getRows()).hasSize(20).filteredOn(r -> r.getArea().equals("Nyborg") && r.getQuestion() == SurveyQuestion.TRYGG_KVALL)
        .singleElement().satisfies(r -> assertThat(r.getRespondents()).isEqualTo(121));
  }

  @Test
  void onlyTheMunicipalitysOwnCoordinatorMayImportAndOnlyItsPeopleMayRead() throws Exception {
    byte[] file = sample(2023);

    Rest.Response otherCoordinator = Rest.as(port, "alvkarleby-samordnare").post(path("kalix", 2023), CSV, file);
    assertThat(otherCoordinator.status()).isEqualTo(403);
    assertThat(otherCoordinator.message()).isEqualTo("Bara samordnaren i Kalix kan importera kommunens trygghetsmätning.");
    Rest.Response member = Rest.as(port, "kalix-skola").post(path("kalix", 2023), CSV, file);
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.message()).isEqualTo("Bara samordnaren i Kalix kan importera kommunens trygghetsmätning.");
    assertThat(Rest.anonymous(port).post(path("kalix", 2023), CSV, file).status()).isEqualTo(401);
    assertThat(surveys.find("kalix", 2023)).isEmpty();

    assertThat(Rest.as(port, "kalix-samordnare").post(path("kalix", 2023), CSV, file).status()).isEqualTo(201);
    Rest.Response outsider = Rest.as(port, "alvkarleby-skola").get(path("kalix", 2023));
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.message()).isEqualTo("Du kan bara se trygghetsmätningar för din egen kommun.");
    assertThat(Rest.as(port, "kalix-kommunpolis").get(path("kalix", 2023)).status()).isEqualTo(200);

    Rest.Response unknown = Rest.as(port, "kalix-samordnare").get(path("kalix", 2021));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("Ingen trygghetsmätning för 2021 är importerad för Kalix.");
    assertThat(Rest.as(port, "kalix-samordnare").get(path("kalix", 1899)).status()).isEqualTo(400);
    assertThat(Rest.as(port, "kalix-samordnare").get(path("gotham", 2023)).status()).isEqualTo(404);
  }

  @Test
  void aVeryLargeBodyIsRefusedAndStoresNothing() throws Exception {
    byte[] head = sample(2022);
    String padding = "2022;Töre;ORO_BROTT;20;62\r\n".repeat(6 * 1024 * 1024 / 26);
    byte[] body = (new String(head, StandardCharsets.UTF_8) + padding).getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan(6 * 1024 * 1024);

    Rest.Response refused = Rest.as(port, "kalix-samordnare").post(path("kalix", 2022), CSV, body);

    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.json().path("errors").get(0).path("message").asText())
        .startsWith("Filen är för stor (5 MB eller mer). Största tillåtna storlek är 5 MB.");
    assertThat(surveys.find("kalix", 2022)).isEmpty();
  }
}

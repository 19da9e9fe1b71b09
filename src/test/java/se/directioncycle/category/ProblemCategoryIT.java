package se.directioncycle.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/**
 * A municipality's problem categories: Kalix's coordinator adds one of its own, renames and retires national ones,
 * and its next quarter's forms offer exactly that, while Älvkarleby keeps the national list; what was recorded keeps
 * its category. Kalix 2062 and the categories «Rykten i sociala medier» and «Evenemang och arrangemang» are used
 * only here.
 */
@IntegrationTest
class ProblemCategoryIT {

  private static final String PATH = "/api/municipalities/kalix/problem-categories";

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;

  @Test
  void aCouncilsOwnCategoriesReachItsFormsAndReportsWithoutTouchingAnotherCouncils() {
    Rest coordinator = Rest.as(port, "kalix-samordnare");
    assertThat(labels(coordinator.get(PATH))).as("the national list covers the practice")
        .containsEntry("VALD_I_NARA_RELATION", "Våld i nära relation").containsEntry("TRAFIK", "Trafik och trafiksäkerhet")
        .containsEntry("UNGDOMSBROTTSLIGHET", "Ungdomsbrottslighet").containsEntry("OVRIGT", "Övrigt");

    Rest.Response added = coordinator.post(PATH, Map.of("label", "Mopedstölder"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().path("code").asText()).isEqualTo("MOPEDSTOLDER");
    assertThat(coordinator.post(PATH, Map.of("label", "mopedstölder")).status()).as("the same name again").isEqualTo(409);
    assertThat(patch(coordinator, "RYKTEN_SOCIALA_MEDIER",
        "{\"label\": \"Rykten och hot i sociala medier\", \"retired\": false}").status()).isEqualTo(200);
    assertThat(patch(coordinator, "EVENEMANG_ARRANGEMANG", "{\"retired\": true}").status()).isEqualTo(200);

    assertThat(labels(Rest.as(port, "kalix-skola").get(PATH))).as("the council's people read them")
        .containsEntry("MOPEDSTOLDER", "Mopedstölder").containsEntry("RYKTEN_SOCIALA_MEDIER", "Rykten och hot i sociala medier");
    assertThat(labels(Rest.as(port, "alvkarleby-samordnare").get("/api/municipalities/alvkarleby/problem-categories")))
        .as("another council keeps the national list").containsEntry("RYKTEN_SOCIALA_MEDIER", "Rykten i sociala medier")
        .doesNotContainKey("MOPEDSTOLDER");

    // the next quarter's form offers Kalix's current categories and the server takes exactly those
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    String cycle = kalix.open(2062, 1);
    engine.runDueJobs(cycle);
    Tasklist school = kalix.as("skola");
    String task = school.task(cycle, QuarterScenario.SUBMIT);
    JsonNode offered = QuarterScenario.jsonVariable(school.formVariables(task), "situationContext").path("categories");
    List<String> codes = new ArrayList<>();
    offered.forEach(c -> codes.add(c.path("value").asText()));
    assertThat(codes).contains("MOPEDSTOLDER", "RYKTEN_SOCIALA_MEDIER", "VALD_I_NARA_RELATION")
        .doesNotContain("EVENEMANG_ARRANGEMANG");
    Rest.Response retiredRefused = school.submit(task, Map.of("situationInput", new Tasklist.Json(
        QuarterScenario.situationInput(school, task, 3, List.of(QuarterScenario.observation("EVENEMANG_ARRANGEMANG",
            "Kalix centrum", 1, "Marknadsdag"))))));
    assertThat(retiredRefused.status()).isEqualTo(400);
    assertThat(retiredRefused.message()).contains("Kategori» har ett värde som inte finns bland valen");

    kalix.submitSituationInput(cycle, "skola", List.of(
        QuarterScenario.observation("MOPEDSTOLDER", "Kalix centrum", 2, "Mopeder stulna vid skolan"),
        QuarterScenario.observation("MOPEDSTOLDER", "Kalix centrum", 2, "Fler mopeder stulna"),
        QuarterScenario.observation("RYKTEN_SOCIALA_MEDIER", "Kalix centrum", 1, "Rykte om slagsmål")));
    for (String member : List.of("fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of());
    }
    // retired after it was recorded: the report still names it
    assertThat(patch(coordinator, "MOPEDSTOLDER", "{\"retired\": true}").status()).isEqualTo(200);
    engine.runDueJobs(cycle);
    Tasklist coordinatorTasks = kalix.as("samordnare");
    String summary = coordinatorTasks.formVariables(coordinatorTasks.task(cycle, QuarterScenario.REVIEW))
        .path("situationSummary").path("value").asText();
    assertThat(summary).contains("**Mopedstölder**").contains("**Rykten och hot i sociala medier**");

    assertThat(patch(coordinator, "MOPEDSTOLDER", "{\"retired\": false}").status()).as("brought back").isEqualTo(200);
    assertThat(labels(coordinator.get(PATH))).containsKey("MOPEDSTOLDER");
  }

  @Test
  void onlyTheCouncilsCoordinatorChangesItsCategoriesAndBadInputIsRefusedInSwedish() {
    Rest.Response member = Rest.as(port, "kalix-skola").post(PATH, Map.of("label", "Ny kategori"));
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.message()).contains("Bara samordnaren i Kalix");
    assertThat(Rest.as(port, "alvkarleby-samordnare").post(PATH, Map.of("label", "Ny kategori")).status())
        .as("another council's coordinator").isEqualTo(403);
    assertThat(Rest.as(port, "alvkarleby-skola").get(PATH).status()).as("another council's member reads").isEqualTo(403);
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/municipalities/nowhere/problem-categories").status())
        .isEqualTo(404);

    Rest coordinator = Rest.as(port, "kalix-samordnare");
    assertThat(coordinator.post(PATH, Map.of("label", "")).message()).contains("«Namn» måste fyllas i");
    assertThat(coordinator.post(PATH, Map.of("label", "x".repeat(81))).message()).contains("högst 80 tecken");
    assertThat(coordinator.post(PATH, Map.of("label", "Ring 070-123 45 67")).status()).as("personal data")
        .isEqualTo(400);
    assertThat(coordinator.post(PATH, Map.of("label", "Fel kod", "code", "fel kod")).message()).contains("«Kod»");
    assertThat(coordinator.post(PATH, Map.of("label", "Klotter")).status()).as("a national name").isEqualTo(409);
    assertThat(coordinator.post(PATH, Map.of("label", "Annat", "code", "KLOTTER")).status()).as("a national code")
        .isEqualTo(409);
    assertThat(coordinator.post(PATH, "{\"label\": 5}").status()).isEqualTo(400);
    assertThat(coordinator.post(PATH, "{\"label\": \"A\", \"colour\": \"blå\"}").status()).isEqualTo(400);

    Rest.Response other = patch(coordinator, "OVRIGT", "{\"retired\": true}");
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.message()).contains("kan inte tas bort");
    assertThat(patch(coordinator, "FINNS_INTE", "{\"retired\": true}").status()).isEqualTo(404);
    assertThat(patch(coordinator, "KLOTTER", "{\"label\": \"Klotter och tags\"}").message()).contains("Skicka «retired»");
    assertThat(patch(coordinator, "KLOTTER", "{\"label\": \"  \", \"retired\": false}").message())
        .contains("«Namn» måste fyllas i");
    assertThat(patch(coordinator, "KLOTTER", "{\"retired\": \"ja\"}").status()).isEqualTo(400);
    assertThat(labels(coordinator.get(PATH))).as("nothing changed").containsEntry("KLOTTER", "Klotter");
  }

  private static Rest.Response patch(Rest rest, String code, String body) {
    return rest.send("PATCH", PATH + "/" + code, "application/json", body);
  }

  private static Map<String, String> labels(Rest.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    response.json().forEach(c -> labels.put(c.path("code").asText(), c.path("label").asText()));
    return labels;
  }
}

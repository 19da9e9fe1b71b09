package se.directioncycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of the Markdown's curl examples that OpenApiIT checks against the OpenAPI document. */
class CurlExamplesTest {

  @Test
  void readsQuotesContinuationLinesCommentsAndABodyOverSeveralLines() {
    String markdown = """
        Text with `curl http://not-in-a-block/api/x`.

          ```bash
          curl -u kalix-samordnare:'Brottsprevention#2027' -H 'Content-Type: application/json' \\
            -d '{"title": "Avtal",
                 "validFrom": "2027-01-01"}' \\
            http://localhost:8080/api/municipalities/kalix/cooperation-agreements
          curl -u kalix-skola:'Brottsprevention#2027' -X DELETE http://localhost:8080/api/calendar/token   # revoke
          # {"url": "…"}
          curl -H "Content-Type: text/csv" --data-binary @docs/samples/safety-survey.csv \\
            http://localhost:8080/api/municipalities/kalix/safety-surveys/2024
          ```
        """;

    List<CurlExamples.Example> examples = CurlExamples.of("x.md", markdown);

    assertThat(examples).hasSize(3);
    CurlExamples.Example agreement = examples.get(0);
    assertThat(agreement.where()).isEqualTo("x.md:4");
    assertThat(examples.get(1).where()).isEqualTo("x.md:8");
    assertThat(agreement.method()).isEqualTo("POST");
    assertThat(agreement.path()).isEqualTo("/api/municipalities/kalix/cooperation-agreements");
    assertThat(agreement.body()).startsWith("{\"title\": \"Avtal\",\n").endsWith(" \"validFrom\": \"2027-01-01\"}");
    assertThat(agreement.isJson()).isTrue();
    assertThat(examples.get(1).method()).isEqualTo("DELETE");
    assertThat(examples.get(1).body()).isNull();
    assertThat(examples.get(2).isJson()).isFalse();
    assertThat(examples.get(2).contentType()).isEqualTo("text/csv");
  }

  @Test
  void theProjectsDocsHaveJsonExamplesForTheApi() {
    assertThat(CurlExamples.ofProject()).filteredOn(CurlExamples.Example::isJson)
        .extracting(CurlExamples.Example::path).contains("/api/cycles");
  }
}

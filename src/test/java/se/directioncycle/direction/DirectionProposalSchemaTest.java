package se.directioncycle.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.input.InvalidInputException;

/**
 * The published schema of the embedded proposal form (`bpmn/forms/direction-proposal.schema.json`) agrees with the
 * server: a proposal the server accepts is valid, and each static rule the server enforces is one the schema marks.
 */
class DirectionProposalSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Municipality ALVKARLEBY = new Municipality("alvkarleby", "Älvkarleby", "Uppsala län", true,
      List.of(Organisation.SCHOOL, Organisation.SOCIAL_SERVICES, Organisation.POLICE), List.of("Skutskär"));
  private static final Quarter Q1 = new Quarter(2027, 1);
  private static final String VALID = """
      {"focusAreas": [{"title": "Unga i riskzon", "problemCategory": "KLOTTER", "goal": "Färre unga i brott",
        "interventions": [{"title": "SSPF-grupp", "responsibleOrganisation": "police",
          "participatingOrganisations": ["social-services", "school"], "areas": ["Skutskär"], "periodStart": "2027-01-01",
          "periodEnd": "2027-03-31", "indicator": "Antal ärenden", "target": "10", "carriedOverFromId": null,
          "commitmentId": 41}]}]}""";

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(), builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
        .getSchema(Files.readString(Path.of("bpmn/forms/direction-proposal.schema.json")));
  }

  @Test
  void aProposalTheServerAcceptsIsValid() throws Exception {
    parse(VALID);
    assertThat(schema.validate(submission(VALID))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"title\": \"Unga i riskzon\"|\"title\": \"   \"",
      "\"goal\": \"Färre unga i brott\",|",
      "\"title\": \"SSPF-grupp\"|\"title\": \"TOO_LONG\"",
      "[\"social-services\", \"school\"]|[\"school\", \"school\"]",
      "[\"Skutskär\"]|[\"Skutskär\", \"Skutskär\"]",
      "\"areas\": [\"Skutskär\"]|\"areas\": \"Skutskär\"",
      "\"periodEnd\": \"2027-03-31\",|",
      "\"periodStart\": \"2027-01-01\"|\"periodStart\": \"1 januari\"",
      "\"commitmentId\": 41|\"commitmentId\": 0",
      "\"participatingOrganisations\": [\"social-services\", \"school\"]|\"participatingOrganisations\": \"school\""})
  void whatTheServerRefusesTheSchemaMarks(String change) throws Exception {
    String[] parts = change.split("\\|", -1);
    // TOO_LONG stands for a title of 201 characters, one more than the server allows
    String json = VALID.replace(parts[0], parts[1].replace("TOO_LONG", "x".repeat(201)));
    assertThat(json).isNotEqualTo(VALID);
    assertThatThrownBy(() -> parse(json)).isInstanceOf(InvalidInputException.class);
    assertThat(schema.validate(submission(json))).as(json).isNotEmpty();
  }

  @Test
  void listLimitsAreMarked() throws Exception {
    JsonNode none = MAPPER.readTree("{\"focusAreas\": []}");
    assertThatThrownBy(() -> parse("{\"focusAreas\": []}")).isInstanceOf(InvalidInputException.class);
    assertThat(schema.validate(MAPPER.createObjectNode().set("directionProposal", none))).isNotEmpty();
    String noInterventions = VALID.replaceAll("(?s)\"interventions\": \\[.*]}]}", "\"interventions\": []}]}");
    assertThatThrownBy(() -> parse(noInterventions)).isInstanceOf(InvalidInputException.class);
    assertThat(schema.validate(submission(noInterventions))).isNotEmpty();
  }

  /** What the form submits: the proposal as the variable directionProposal. */
  private static JsonNode submission(String proposal) throws Exception {
    return MAPPER.createObjectNode().set("directionProposal", MAPPER.readTree(proposal));
  }

  private static DirectionProposal parse(String json) {
    // the categories the form's context offers (x-enumFrom in the schema)
    return DirectionProposal.parse(json, ALVKARLEBY, Q1, Set.of("KLOTTER", "OVRIGT"), Set.of(),
        Map.of(41L, Set.of(Organisation.Party.POLICE)));
  }
}

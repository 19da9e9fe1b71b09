package se.directioncycle.direction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;

/**
 * An intervention names its organisations as the council stores them now: their own names (not the type's), a
 * renamed organisation by its new name once the intervention is loaded again, and a retired one still by name.
 */
class InterventionOrganisationNamesTest {

  private static final Organisation RESCUE = new Organisation("rescue-service", "Gästrike Räddningstjänst",
      Organisation.Type.RESCUE_SERVICE);
  private static final Organisation HOUSING = new Organisation("alvkarlebyhus", "Älvkarlebyhus",
      Organisation.Type.HOUSING);
  private static final Organisation CHURCH = new Organisation("kyrkan", "Svenska kyrkan", Organisation.Type.ASSOCIATION);

  @Test
  void theStoredNamesAreShownAndFollowARenameAndARetirement() {
    Municipality council = new Municipality("alvkarleby", "Älvkarleby", null, true,
        List.of(Organisation.POLICE, RESCUE, HOUSING, CHURCH), List.of("Skutskär"));
    Intervention intervention = new Intervention(1, council, 0, new DirectionProposal.InterventionInput(
        "Brandvandring", RESCUE, List.of(HOUSING, CHURCH), List.of("Skutskär"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
        "Antal vandringar", "6", null, null));

    assertThat(intervention.getResponsibleOrganisation().swedishName()).isEqualTo("Gästrike Räddningstjänst");
    assertThat(intervention.getParticipants()).extracting(Organisation::swedishName)
        .containsExactly("Älvkarlebyhus", "Svenska kyrkan");
    assertThat(intervention.parties()).containsExactly(Organisation.Party.PARTNER);
    assertThat(intervention.organisationOfGroup("alvkarleby-kyrkan")).contains(CHURCH);

    // loaded again after the church retired and the rescue service was renamed (InterventionCouncil)
    Organisation renamed = new Organisation("rescue-service", "Räddningstjänsten Gästrikland",
        Organisation.Type.RESCUE_SERVICE);
    intervention.useCouncil(() -> new Municipality("alvkarleby", "Älvkarleby", null, true,
        List.of(Organisation.POLICE, renamed, HOUSING), List.of("Skutskär"),
        List.of(new Organisation("kyrkan", "Svenska kyrkan", Organisation.Type.ASSOCIATION, true))));
    assertThat(intervention.getResponsibleOrganisation().swedishName()).isEqualTo("Räddningstjänsten Gästrikland");
    assertThat(intervention.getParticipants()).extracting(Organisation::swedishName)
        .containsExactly("Älvkarlebyhus", "Svenska kyrkan");
    assertThat(intervention.reportingGroups())
        .containsExactly("alvkarleby-rescue-service", "alvkarleby-alvkarlebyhus", "alvkarleby-kyrkan");
  }

  @Test
  void aReportingGroupNamesItsOrganisationWithoutAskingTheCouncil() {
    Municipality council = new Municipality("alvkarleby", "Älvkarleby", null, true,
        List.of(Organisation.POLICE, RESCUE, HOUSING, CHURCH), List.of("Skutskär"));
    Intervention intervention = new Intervention(1, council, 0, new DirectionProposal.InterventionInput(
        "Brandvandring", RESCUE, List.of(HOUSING), List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
        "Antal vandringar", "6", null, null));
    intervention.useCouncil(() -> {
      throw new AssertionError("the council was asked");
    });

    assertThat(intervention.organisationCodeOfGroup("alvkarleby-rescue-service")).contains("rescue-service");
    assertThat(intervention.organisationCodeOfGroup("alvkarleby-alvkarlebyhus")).contains("alvkarlebyhus");
    assertThat(intervention.organisationCodeOfGroup("alvkarleby-kyrkan")).isEmpty(); // not part of this one
    assertThat(intervention.organisationCodeOfGroup("gavle-rescue-service")).isEmpty(); // another municipality
    assertThat(intervention.organisationCodeOfGroup(null)).isEmpty();
    assertThat(intervention.isLeadBy("rescue-service")).isTrue();
    assertThat(intervention.isLeadBy("alvkarlebyhus")).isFalse();
  }
}

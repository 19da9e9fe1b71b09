package se.directioncycle.situationreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SituationReportCompilerTest {

  @Test
  void trendComparesWithThePreviousQuarter() {
    assertThat(SituationReportCompiler.trend(4, null)).isEqualTo("new");
    assertThat(SituationReportCompiler.trend(4, 0)).isEqualTo("new");
    assertThat(SituationReportCompiler.trend(12, 10)).isEqualTo("increasing");
    assertThat(SituationReportCompiler.trend(10, 10)).isEqualTo("stable");
    assertThat(SituationReportCompiler.trend(11, 10)).isEqualTo("stable");
    assertThat(SituationReportCompiler.trend(5, 10)).isEqualTo("decreasing");
  }

  @Test
  void areaBreakdownSuppressesCountsUnderFive() {
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      observations.add(observation("Skutskär"));
    }
    for (int i = 0; i < 2; i++) {
      observations.add(observation("Gårdskär"));
    }
    // Gårdskär's 2 could be worked out from the total 9 and Skutskär's 7: the two are one group
    assertThat(SituationReportCompiler.areaBreakdown(observations)).isEqualTo("Övriga områden (sammanslagna): 9");
    for (int i = 0; i < 5; i++) {
      observations.add(observation("Älvkarleby"));
    }
    for (int i = 0; i < 3; i++) {
      observations.add(observation("Marma"));
    }
    // Gårdskär 2 and Marma 3 make a group of 5: the named areas stand as they are
    assertThat(SituationReportCompiler.areaBreakdown(observations))
        .isEqualTo("Skutskär: 7, Älvkarleby: 5, Övriga områden (sammanslagna): 5");
  }

  private static Observation observation(String area) {
    return new Observation(1, new SituationInput.ObservationInput("KLOTTER", area, "18-24", 2, "x"));
  }
}

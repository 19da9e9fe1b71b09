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
    assertThat(SituationReportCompiler.areaBreakdown(observations)).isEqualTo("Gårdskär: <5, Skutskär: 7");
  }

  private static Observation observation(String area) {
    return new Observation(1, new SituationInput.ObservationInput("KLOTTER", area, "18-24", 2, "x"));
  }
}

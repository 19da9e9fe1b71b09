package se.directioncycle.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quarterly report to the municipal board, from the decision's interventions and their latest reports. */
class QuarterReportServiceTest {

  @Test
  void listsEveryInterventionWithItsLatestReportAndCountsTheColours() {
    String report = QuarterReportService.write("Kalix", "2027 kvartal 1", "BRÅ 2026/4", List.of(
        new QuarterReportService.Line("Trygghetsvandringar", "Polisen", "12 vandringar", report("green", 9)),
        new QuarterReportService.Line("Klotterjour", "Kalixbo", "48 timmar", report("yellow", 3)),
        new QuarterReportService.Line("Fältgrupp", "Fritid", "2 kvällar i veckan", report("red", 0)),
        new QuarterReportService.Line("Föräldravandring", "Socialtjänsten", "6 vandringar", null),
        new QuarterReportService.Line("Skolvärdar", "Skolan", "3 skolor", report("green", 3))));

    assertThat(report).isEqualTo("""
        Kvartalsrapport till kommunstyrelsen – Kalix 2027 kvartal 1
        Inriktningsbeslut BRÅ 2026/4

        - Trygghetsvandringar (Polisen): grön, genomfört 9 (mål: 12 vandringar)
        - Klotterjour (Kalixbo): gul, genomfört 3 (mål: 48 timmar)
        - Fältgrupp (Fritid): röd, genomfört 0 (mål: 2 kvällar i veckan)
        - Föräldravandring (Socialtjänsten): ingen statusrapport
        - Skolvärdar (Skolan): grön, genomfört 3 (mål: 3 skolor)

        Gröna: 2, gula: 1, röda: 1.
        """);
  }

  @Test
  void aJointInterventionCountsByItsLeadsColourAndListsEachParticipantsPart() {
    String report = QuarterReportService.write("Älvkarleby", "2027 kvartal 1", "BRÅ 2026/9", List.of(
        new QuarterReportService.Line("SSPF-grupp", "Polisen", "10 ärenden", report("green", 4), List.of(
            new QuarterReportService.Part("Individ- och familjeomsorg", report("red", 2)),
            new QuarterReportService.Part("Skola", null)))));

    assertThat(report).isEqualTo("""
        Kvartalsrapport till kommunstyrelsen – Älvkarleby 2027 kvartal 1
        Inriktningsbeslut BRÅ 2026/9

        - SSPF-grupp (Polisen): grön, genomfört 4 (mål: 10 ärenden)
          - deltar Individ- och familjeomsorg: röd, genomfört 2
          - deltar Skola: ingen statusrapport

        Gröna: 1, gula: 0, röda: 0.
        """);
  }

  @Test
  void aDecisionWithoutInterventionsStillHasItsHeadingAndCounts() {
    assertThat(QuarterReportService.write("Älvkarleby", "2027 kvartal 2", "BRÅ 2027/1", List.of())).isEqualTo("""
        Kvartalsrapport till kommunstyrelsen – Älvkarleby 2027 kvartal 2
        Inriktningsbeslut BRÅ 2027/1


        Gröna: 0, gula: 0, röda: 0.
        """);
  }

  private static FollowUpReport report(String trafficLight, long progress) {
    return new FollowUpReport(1, "task-" + trafficLight + progress, "police", trafficLight, progress, null,
        "kalix-polis", Instant.parse("2027-02-01T09:00:00Z"));
  }
}

package se.directioncycle.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.directioncycle.compliance.ComplianceReport.Evidence;
import se.directioncycle.compliance.ComplianceReport.ObligationStatus;

/** Each obligation of SFS 2023:196: met with its evidence shown, or missing with what is missing. */
class ComplianceRulesTest {

  private static final Evidence SITUATION = new Evidence("Lägesbild 2031 kvartal 1 – Kalix (godkänd)", "2031-02-01",
      "/documents/situation-report:7");
  private static final Evidence PICTURE = new Evidence("Årets lägesbild sammanställd", "2031-12-20", null);
  private static final Evidence PLAN = new Evidence("Åtgärdsplan 2031 beslutad av kommunstyrelsen, § 12", "2031-12-28",
      "/documents/annual-assessment:3");
  private static final Evidence DECISION = new Evidence("Rådets inriktningsbeslut BRÅ 2031/1", "2030-12-12",
      "/documents/direction-decision:5");
  private static final Evidence EVALUATION = new Evidence("Utvärdering", "2031-03-20", "/documents/evaluation:8");
  private static final Evidence BOARD = new Evidence("Kvartalsrapport till kommunstyrelsen", "2031-04-01",
      "/documents/board_report:7");
  private static final Evidence AGREEMENT = new Evidence("Samverkansöverenskommelse med Polisen", "2030-01-01", null);
  private static final Evidence PROMISES = new Evidence("Medborgarlöften 2031–2032", "2031-03-01",
      "/documents/citizen-promises:2");

  @Test
  void aYearWithEveryPieceOfEvidenceMeetsEveryObligation() {
    ComplianceReport report = ComplianceRules.assess(facts(List.of("Kim Samordnare"), List.of(SITUATION), PICTURE, PLAN,
        false, List.of(DECISION), List.of(EVALUATION), List.of(BOARD), List.of(AGREEMENT), List.of(PROMISES)));

    assertThat(report.obligations()).extracting(ObligationStatus::code).containsExactly("COORDINATOR",
        "SITUATION_PICTURE", "ACTION_PLAN", "FOLLOW_UP", "POLICE_COOPERATION");
    assertThat(report.obligations()).allSatisfy(o -> {
      assertThat(o.met()).as(o.code()).isTrue();
      assertThat(o.missing()).as(o.code()).isNull();
    });
    assertThat(report.metCount()).isEqualTo(5);
    assertThat(find(report, "COORDINATOR").evidence()).extracting(Evidence::text).containsExactly("Samordnare: Kim Samordnare");
    assertThat(find(report, "SITUATION_PICTURE").evidence()).containsExactly(SITUATION, PICTURE);
    assertThat(find(report, "ACTION_PLAN").evidence()).as("the board's decision first, the council's decisions beside it")
        .containsExactly(PLAN, DECISION);
    assertThat(find(report, "FOLLOW_UP").evidence()).containsExactly(EVALUATION, BOARD);
    assertThat(find(report, "POLICE_COOPERATION").evidence()).containsExactly(AGREEMENT, PROMISES);
  }

  @Test
  void anEmptyYearMissesEveryObligationAndSaysWhatIsMissingInSwedish() {
    ComplianceReport report = ComplianceRules.assess(facts(List.of(), List.of(), null, null, false, List.of(), List.of(),
        List.of(), List.of(), List.of()));

    assertThat(report.metCount()).isZero();
    assertThat(report.obligations()).allSatisfy(o -> {
      assertThat(o.met()).as(o.code()).isFalse();
      assertThat(o.evidence()).as(o.code()).isEmpty();
    });
    assertThat(find(report, "COORDINATOR").missing()).contains("Ingen person finns i gruppen Samordnare för Kalix");
    assertThat(find(report, "SITUATION_PICTURE").missing()).contains("Ingen godkänd lägesbild för 2031");
    assertThat(find(report, "ACTION_PLAN").missing()).contains("Ingen åtgärdsplan för 2031", "starta årets bedömning");
    assertThat(find(report, "FOLLOW_UP").missing()).contains("Ingen uppföljning under 2031");
    assertThat(find(report, "POLICE_COOPERATION").missing()).contains("Ingen samverkansöverenskommelse med Polisen");
  }

  @Test
  void theAnnualPictureAloneIsASituationPicture() {
    ObligationStatus situation = ComplianceRules.situationPicture(facts(List.of(), List.of(), PICTURE, null, false,
        List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(situation.met()).isTrue();
    assertThat(situation.evidence()).containsExactly(PICTURE);
  }

  @Test
  void theCouncilsDirectionDecisionsDoNotReplaceTheBoardsActionPlan() {
    ObligationStatus pending = ComplianceRules.actionPlan(facts(List.of(), List.of(), PICTURE, null, true,
        List.of(DECISION), List.of(), List.of(), List.of(), List.of()));
    assertThat(pending.met()).isFalse();
    assertThat(pending.missing()).contains("inte beslutad av kommunstyrelsen (den årliga bedömningen pågår)",
        "Rådets 1 inriktningsbeslut", "ersätter inte styrelsens beslut");
    assertThat(pending.evidence()).as("the decisions are still shown").containsExactly(DECISION);
  }

  @Test
  void eitherAnEvaluationOrABoardReportIsFollowUp() {
    assertThat(ComplianceRules.followUp(facts(List.of(), List.of(), null, null, false, List.of(), List.of(EVALUATION),
        List.of(), List.of(), List.of())).met()).isTrue();
    assertThat(ComplianceRules.followUp(facts(List.of(), List.of(), null, null, false, List.of(), List.of(),
        List.of(BOARD), List.of(), List.of())).evidence()).containsExactly(BOARD);
  }

  @Test
  void signedCitizenPromisesAloneShowCooperationWithThePolice() {
    ObligationStatus cooperation = ComplianceRules.policeCooperation(facts(List.of(), List.of(), null, null, false,
        List.of(), List.of(), List.of(), List.of(), List.of(PROMISES)));
    assertThat(cooperation.met()).isTrue();
    assertThat(cooperation.evidence()).extracting(Evidence::href).containsExactly("/documents/citizen-promises:2");
  }

  private static ObligationStatus find(ComplianceReport report, String code) {
    return report.obligations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }

  private static ComplianceFacts facts(List<String> coordinators, List<Evidence> situationReports, Evidence picture,
      Evidence plan, boolean planPending, List<Evidence> decisions, List<Evidence> evaluations,
      List<Evidence> boardReports, List<Evidence> agreements, List<Evidence> promises) {
    return new ComplianceFacts("kalix", "Kalix", 2031, coordinators, situationReports, picture, plan, planPending,
        decisions, evaluations, boardReports, agreements, promises);
  }
}

package se.directioncycle.compliance;

import java.util.ArrayList;
import java.util.List;
import se.directioncycle.compliance.ComplianceReport.Evidence;
import se.directioncycle.compliance.ComplianceReport.ObligationStatus;

/** Decides each obligation of SFS 2023:196 for one municipality and year from the facts found. */
final class ComplianceRules {

  private ComplianceRules() {}

  static ComplianceReport assess(ComplianceFacts facts) {
    return new ComplianceReport(facts.municipalityId(), facts.municipality(), facts.year(), List.of(
        coordinator(facts), situationPicture(facts), actionPlan(facts), followUp(facts), policeCooperation(facts)));
  }

  static ObligationStatus coordinator(ComplianceFacts facts) {
    List<Evidence> evidence = facts.coordinators().stream()
        .map(name -> new Evidence("Samordnare: " + name, null, null)).toList();
    return status(Obligation.COORDINATOR, evidence,
        "Ingen person finns i gruppen Samordnare för " + facts.municipality() + ". Administratören lägger till "
            + "samordnaren i gruppen.");
  }

  static ObligationStatus situationPicture(ComplianceFacts facts) {
    List<Evidence> evidence = new ArrayList<>(facts.situationReports());
    if (facts.annualPicture() != null) {
      evidence.add(facts.annualPicture());
    }
    return status(Obligation.SITUATION_PICTURE, evidence,
        "Ingen godkänd lägesbild för " + facts.year() + ": varken en kvartalslägesbild eller årets "
            + "sammanställda lägesbild i den årliga bedömningen.");
  }

  static ObligationStatus actionPlan(ComplianceFacts facts) {
    if (facts.actionPlanDecision() != null) {
      List<Evidence> evidence = new ArrayList<>(List.of(facts.actionPlanDecision()));
      evidence.addAll(facts.directionDecisions());
      return status(Obligation.ACTION_PLAN, evidence, null);
    }
    String missing = facts.actionPlanPending()
        ? "Årets åtgärdsplan är ännu inte beslutad av kommunstyrelsen (den årliga bedömningen pågår)."
        : "Ingen åtgärdsplan för " + facts.year() + " är beslutad av kommunstyrelsen: starta årets bedömning.";
    if (!facts.directionDecisions().isEmpty()) {
      missing += " Rådets " + facts.directionDecisions().size() + " inriktningsbeslut visar arbetet, men ersätter "
          + "inte styrelsens beslut.";
    }
    return new ObligationStatus(Obligation.ACTION_PLAN.name(), Obligation.ACTION_PLAN.title(),
        Obligation.ACTION_PLAN.requirement(), false, facts.directionDecisions(), missing);
  }

  static ObligationStatus followUp(ComplianceFacts facts) {
    List<Evidence> evidence = new ArrayList<>(facts.evaluations());
    evidence.addAll(facts.boardReports());
    return status(Obligation.FOLLOW_UP, evidence,
        "Ingen uppföljning under " + facts.year() + ": ingen utvärdering av insatser och ingen kvartalsrapport "
            + "till kommunstyrelsen.");
  }

  static ObligationStatus policeCooperation(ComplianceFacts facts) {
    List<Evidence> evidence = new ArrayList<>(facts.agreements());
    evidence.addAll(facts.citizenPromises());
    return status(Obligation.POLICE_COOPERATION, evidence,
        "Ingen samverkansöverenskommelse med Polisen gäller under " + facts.year()
            + " och inga undertecknade medborgarlöften gäller det året.");
  }

  private static ObligationStatus status(Obligation obligation, List<Evidence> evidence, String missing) {
    boolean met = !evidence.isEmpty();
    return new ObligationStatus(obligation.name(), obligation.title(), obligation.requirement(), met,
        List.copyOf(evidence), met ? null : missing);
  }
}

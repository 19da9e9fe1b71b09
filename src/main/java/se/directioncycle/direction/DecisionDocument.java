package se.directioncycle.direction;

import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The registered decision as a public document (Swedish plain text) with its SHA-256 checksum, so
 * any later change to the archived text can be detected.
 */
public final class DecisionDocument {

  private DecisionDocument() {}

  static String render(DirectionDecision decision, String municipalityName, String decisionNumber) {
    StringBuilder text = new StringBuilder();
    text.append("Inriktningsbeslut ").append(decisionNumber).append('\n')
        .append(municipalityName).append(" – lokalt brottsförebyggande råd\n")
        .append("Period: ").append(decision.getQuarter().label()).append('\n')
        .append("Sammanträde: ").append(decision.getMeetingDate()).append(", § ")
        .append(decision.getProtocolParagraph()).append('\n')
        .append("Beslutat av: rådets ordförande\n");
    int areaNumber = 1;
    for (FocusArea area : decision.getFocusAreas()) {
      text.append("\nFokusområde ").append(areaNumber++).append(": ").append(area.getTitle()).append('\n')
          .append("  Problem: ").append(area.getProblemCategory()).append('\n')
          .append("  Mål: ").append(area.getGoal()).append('\n');
      for (Intervention intervention : area.getInterventions()) {
        text.append("  Insats: ").append(intervention.getTitle())
            .append(" (ansvar: ").append(intervention.getResponsibleOrganisation().swedishName())
            .append(", ").append(intervention.getParty().swedish())
            .append(intervention.getParticipants().isEmpty() ? "" : "; i samverkan med "
                + intervention.getParticipants().stream().map(o -> o.swedishName() + " (" + o.party().swedish() + ")")
                    .collect(Collectors.joining(", ")))
            .append("; period ").append(intervention.getPeriodStart()).append(" – ").append(intervention.getPeriodEnd())
            .append("; indikator: ").append(intervention.getIndicator())
            .append("; mål: ").append(intervention.getTarget()).append(")\n");
      }
    }
    return text.toString();
  }

  public static String sha256(String document) {
    return DigestUtils.sha256Hex(document);
  }

  public static boolean isIntact(DirectionDecision decision) {
    return decision.getDocument() != null && sha256(decision.getDocument()).equals(decision.getDocumentSha256());
  }
}

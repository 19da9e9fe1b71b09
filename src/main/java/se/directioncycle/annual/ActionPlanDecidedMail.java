package se.directioncycle.annual;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.notification.Notifications;

/**
 * When the board's decision on the action plan is registered, the municipal board (the commissioner's group, who
 * answers for the board in this product) and the coordinator get the decided plan by mail with its PDF attached, as
 * QuarterClosedMail does for the quarter. Recorded in the publishing transaction with one key per group, so once.
 */
@Component
class ActionPlanDecidedMail {

  static final String KIND = "action-plan-decided";

  private final AnnualAssessmentService assessments;
  private final MunicipalityRegistry municipalities;
  private final Notifications notifications;

  ActionPlanDecidedMail(AnnualAssessmentService assessments, MunicipalityRegistry municipalities,
      Notifications notifications) {
    this.assessments = assessments;
    this.municipalities = municipalities;
    this.notifications = notifications;
  }

  @EventListener
  void onActionPlanDecided(ActionPlanDecided event) {
    AnnualAssessment assessment = assessments.get(event.assessmentId());
    Municipality municipality = municipalities.get(assessment.getMunicipality());
    String subject = "Åtgärdsplan " + assessment.getYear() + " – " + municipality.name();
    String decision = "Kommunstyrelsen antog åtgärdsplanen " + assessment.getYear() + " för " + municipality.name()
        + " den " + DateTimeFormatter.ISO_LOCAL_DATE.format(assessment.getDecisionDate())
        + (assessment.getProtocolParagraph() == null ? "" : " (§ " + assessment.getProtocolParagraph() + ")") + ". ";
    notifications.recordDocumentMail(municipality.id(), List.of(municipality.group(Role.COMMISSIONER),
        municipality.group(Role.COORDINATOR)), municipality.group(Role.COMMISSIONER), KIND, subject, decision
        + "Den årliga bedömningen med årets lägesbild och den beslutade åtgärdsplanen finns bifogad som PDF och "
        + "är registrerad som allmän handling.", assessment.getId(), ActionPlanDecided.documentKey(assessment.getId()));
  }
}

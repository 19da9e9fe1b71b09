package se.directioncycle.direction;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.notification.Notifications;

/**
 * `ServiceTask_NotifyResponsibleParties`: tells each lead and participating organisation which interventions are
 * theirs (a participant's line names the lead).
 */
@Component
class NotifyResponsiblePartiesDelegate implements JavaDelegate {

  public static final String KIND = "decision-registered";

  private final DirectionDecisionService decisions;
  private final Notifications notifications;

  NotifyResponsiblePartiesDelegate(DirectionDecisionService decisions, Notifications notifications) {
    this.decisions = decisions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectionDecision decision = decisions.get(decisionId(execution));
    Map<String, List<String>> byGroup = new TreeMap<>();
    decision.interventions().forEach(intervention -> intervention.reportingGroups().forEach(group ->
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(group.equals(intervention.responsibleGroup())
            ? intervention.getTitle() + " (ansvarig)"
            : intervention.getTitle() + " (deltar; ansvarig: "
                + intervention.getResponsibleOrganisation().swedishName() + ")")));
    String subject = "Inriktningsbeslut " + decision.getDecisionNumber() + " – era insatser";
    notifications.recordEach(decision.getMunicipality(), KIND, byGroup.entrySet().stream()
        .map(entry -> new Notifications.Message(entry.getKey(), subject,
            "Rådet har fattat inriktningsbeslut " + decision.getDecisionNumber() + " för "
                + decision.getQuarter().label() + ". Er organisation ansvarar för eller deltar i: "
                + String.join("; ", entry.getValue())
                + ". Statusrapporter lämnas i Tasklist. Beslutet finns bifogat som PDF.",
            KIND + ":" + decision.getId() + ":" + entry.getKey(),
            DirectionDecisionRegistered.documentKey(decision.getId())))
        .toList());
  }
}

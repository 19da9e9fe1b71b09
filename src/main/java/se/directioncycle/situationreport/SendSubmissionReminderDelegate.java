package se.directioncycle.situationreport;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.notification.Notifications;
import se.directioncycle.engine.EngineClock;

/** `ServiceTask_SendSubmissionReminder`: reminds the organisations that have not yet submitted. */
@Component
class SendSubmissionReminderDelegate implements JavaDelegate {

  public static final String KIND = "submission-reminder";

  private final SituationSubmissionService submissions;
  private final MunicipalityRegistry municipalities;
  private final Notifications notifications;

  SendSubmissionReminderDelegate(SituationSubmissionService submissions, MunicipalityRegistry municipalities,
      Notifications notifications) {
    this.submissions = submissions;
    this.municipalities = municipalities;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Municipality municipality = municipalities.get(municipality(execution));
    long cycleId = cycleId(execution);
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
    format.setTimeZone(java.util.TimeZone.getTimeZone(EngineClock.SWEDEN));
    String deadline = format.format((Date) execution.getVariable(SUBMISSION_DEADLINE_AT));
    String period = String.valueOf(execution.getVariable(PERIOD_LABEL));
    // what is in, in one query; then one message per organisation still missing, their keys looked up at once
    Set<String> submitted = submissions.organisationsThatSubmitted(List.of(cycleId)).getOrDefault(cycleId, Set.of());
    notifications.recordEach(municipality.id(), KIND, municipality.organisations().stream()
        .filter(organisation -> !submitted.contains(organisation.code()))
        .map(organisation -> new Notifications.Message(municipality.group(organisation),
            "Påminnelse: lämna underlag till lägesbild " + period,
            "Ert underlag till lägesbilden för " + municipality.name() + " " + period
                + " har inte kommit in. Sista dag är " + deadline + ". Uppgiften finns i Tasklist.",
            KIND + ":" + cycleId + ":" + organisation.code()))
        .toList());
  }
}

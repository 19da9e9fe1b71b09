package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.notification.Notifications;

/**
 * The service tasks after the annual assessment's reminder and overdue timers (`ServiceTask_Send<Step>Reminder`,
 * `ServiceTask_Send<Step>Overdue`): tells the task's group and the coordinator that the task is due soon or overdue.
 * Which task and which notice come from the service task's input parameters `step` and `notice`. One message per
 * assessment, step, notice and group: a plan returned after its due date fires the timers again at once, and the
 * people have been told already.
 */
@Component
class SendAnnualDeadlineNoticeDelegate implements JavaDelegate {

  static final String REMINDER_KIND = "annual-reminder";
  static final String OVERDUE_KIND = "annual-overdue";

  /** The timed user tasks: their name in Tasklist, their due date and the group that has them. */
  enum Step {
    IMPORT("Importera trygghetsmätning", IMPORT_DUE_AT, COORDINATOR_GROUP),
    PLAN("Ta fram åtgärdsplan", PLAN_DUE_AT, COORDINATOR_GROUP),
    DECISION("Besluta om åtgärdsplan", DECISION_DUE_AT, COMMISSIONER_GROUP);

    final String taskName;
    final String dueVariable;
    final String groupVariable;

    Step(String taskName, String dueVariable, String groupVariable) {
      this.taskName = taskName;
      this.dueVariable = dueVariable;
      this.groupVariable = groupVariable;
    }
  }

  private final MunicipalityRegistry municipalities;
  private final Notifications notifications;

  SendAnnualDeadlineNoticeDelegate(MunicipalityRegistry municipalities, Notifications notifications) {
    this.municipalities = municipalities;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Step step = Step.valueOf(((String) execution.getVariableLocal("step")).toUpperCase(Locale.ROOT));
    boolean overdue = "overdue".equals(execution.getVariableLocal("notice"));
    Municipality municipality = municipalities.get(municipality(execution));
    String period = municipality.name() + " " + year(execution);
    String due = format((Date) execution.getVariable(step.dueVariable));
    String subject = (overdue ? "Försenad: " : "Påminnelse: ") + step.taskName + " – " + period;
    String body = overdue
        ? "Sista dag för uppgiften «" + step.taskName + "» i den årliga bedömningen för " + period + " var " + due
            + ", och uppgiften är inte klar. Den finns kvar i Tasklist."
        : "Uppgiften «" + step.taskName + "» i den årliga bedömningen för " + period + " är inte klar. Sista dag är "
            + due + ". Uppgiften finns i Tasklist.";
    String kind = overdue ? OVERDUE_KIND : REMINDER_KIND;
    Set<String> groups = new LinkedHashSet<>();
    groups.add((String) execution.getVariable(step.groupVariable));
    groups.add((String) execution.getVariable(COORDINATOR_GROUP));
    String keyPrefix = kind + ":" + assessmentId(execution) + ":" + step.name().toLowerCase(Locale.ROOT) + ":";
    notifications.recordEach(municipality.id(), kind, groups.stream()
        .map(group -> new Notifications.Message(group, subject, body, keyPrefix + group)).toList());
  }

  private static String format(Date date) {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
    format.setTimeZone(TimeZone.getTimeZone(EngineClock.SWEDEN));
    return format.format(date);
  }
}

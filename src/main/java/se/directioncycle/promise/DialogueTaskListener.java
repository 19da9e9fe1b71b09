package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.cycle.TaskTitles;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.DateWindow;
import se.directioncycle.system.EngineClock;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_RecordDialogue` (one instance per dialogue kind): the dialogue in aggregate – method, date, number
 * of participants, places and themes; the free text is checked for personal data like every other field.
 */
@Component
public class DialogueTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_RecordDialogue";
  static final List<String> METHODS = List.of("meeting", "survey", "walk", "digital", "other");
  /** The labels of the form's choices (`record-dialogue.form`), for the promise document. */
  static final Map<String, String> METHOD_LABELS = Map.of("meeting", "Möte eller öppet hus", "survey", "Enkät",
      "walk", "Trygghetsvandring", "digital", "Digital dialog", "other", "Annat");
  static final int MAX_PARTICIPANTS = 100_000;
  /** The period the dialogue date is checked against, as the form's description names it. */
  public static final String PERIOD = "löftesperiodens";

  private final PromisePeriodService periods;

  DialogueTaskListener(PromisePeriodService periods) {
    this.periods = periods;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(DIALOGUE_METHOD, HELD_ON, PARTICIPANTS, PLACES, THEMES_RAISED);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DialogueKind kind = DialogueKind.valueOf((String) task.getVariable(DIALOGUE_KIND));
      task.setVariableLocal(DIALOGUE_LABEL, kind.label());
      // three tasks at once: each says which dialogue it is, in Tasklist's list, mails and the dashboard alike
      String title = task.getName();
      task.setName(kind.taskName() + title.substring(TaskTitles.diagramName(title).length()));
      return;
    }
    periods.recordDialogue(periodId(task), read(task), CurrentUser.idOrNull(), EngineClock.now());
  }

  static DialogueRecord read(VariableScope task) {
    DialogueKind kind = DialogueKind.valueOf((String) task.getVariable(DIALOGUE_KIND));
    InputReader input = new InputReader(task.getVariables());
    String method = input.choice(DIALOGUE_METHOD, "Metod", METHODS, true);
    LocalDate heldOn = window(task).check(input, "Datum", input.date(HELD_ON, "Datum", true));
    Long participants = input.integer(PARTICIPANTS, "Antal deltagare", 1, MAX_PARTICIPANTS, true);
    String places = input.text(PLACES, "Platser", 1000, true);
    String themes = input.text(THEMES_RAISED, "Teman som togs upp", 4000, true);
    if (heldOn != null && heldOn.isAfter(EngineClock.now().atZone(EngineClock.SWEDEN).toLocalDate())) {
      input.problem("Datum", "får inte vara i framtiden – dokumentera dialogen när den har hållits.");
    }
    input.throwIfInvalid();
    return new DialogueRecord(kind, method, heldOn, participants.intValue(), places, themes);
  }

  /** A dialogue is held within a year of the two-year promise period (in practice, before it starts). */
  static DateWindow window(VariableScope task) {
    return DateWindow.aroundYears(((Number) task.getVariable(START_YEAR)).intValue(),
        ((Number) task.getVariable(END_YEAR)).intValue(), PERIOD);
  }
}

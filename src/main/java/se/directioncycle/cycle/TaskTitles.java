package se.directioncycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.UserTaskCreateListenerPlugin;

/**
 * Task names say municipality and period ("Utvärdera insats – Kalix 2027 kvartal 1"), in Tasklist's list,
 * mails and calendars alike, while the diagrams keep their short names.
 */
@Component
public class TaskTitles extends UserTaskCreateListenerPlugin {

  /** The variable every process sets for its task names ("2027 kvartal 1", "2027–2028"); the processes' variable classes refer to it. */
  public static final String PERIOD_LABEL = "periodLabel";

  private static final String SEPARATOR = " – ";

  private final MunicipalityRegistry municipalities;

  TaskTitles(MunicipalityRegistry municipalities) {
    super(true);
    this.municipalities = municipalities;
  }

  @Override
  public void notify(DelegateTask task) {
    municipalities.find(task.getTenantId()).ifPresent(municipality -> {
      Object period = task.getVariable(PERIOD_LABEL);
      task.setName(task.getName() + SEPARATOR + municipality.name() + (period == null ? "" : " " + period));
    });
  }

  /** The diagram's name of a task this class has titled ("Utvärdera insats – Kalix 2027 kvartal 1" → "Utvärdera insats"). */
  public static String diagramName(String title) {
    int place = title.lastIndexOf(SEPARATOR);
    return place < 0 ? title : title.substring(0, place);
  }
}

package se.directioncycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
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
  /**
   * The variable every process sets, when it registers, to its municipality's name: a task created after that is
   * titled from it, without asking the council registry (and so without its version check, ADR 0016) in a
   * transaction that may need nothing else of the councils.
   */
  public static final String MUNICIPALITY_NAME = "municipalityName";

  private static final String SEPARATOR = " – ";

  private final MunicipalityRegistry municipalities;

  TaskTitles(MunicipalityRegistry municipalities) {
    super(true);
    this.municipalities = municipalities;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getTenantId() == null) {
      return;
    }
    Object name = task.getVariable(MUNICIPALITY_NAME);
    String municipality = name != null ? name.toString()
        : municipalities.find(task.getTenantId()).map(Municipality::name).orElse(null);
    if (municipality != null) {
      Object period = task.getVariable(PERIOD_LABEL);
      task.setName(task.getName() + SEPARATOR + municipality + (period == null ? "" : " " + period));
    }
  }

  /** The diagram's name of a task this class has titled ("Utvärdera insats – Kalix 2027 kvartal 1" → "Utvärdera insats"). */
  public static String diagramName(String title) {
    int place = title.lastIndexOf(SEPARATOR);
    return place < 0 ? title : title.substring(0, place);
  }
}

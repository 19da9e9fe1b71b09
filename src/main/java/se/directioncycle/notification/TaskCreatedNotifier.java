package se.directioncycle.notification;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.PERIOD_LABEL;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.system.EngineClock;

/**
 * Every new user task puts a message in the outbox for each of its candidate groups, so members are
 * told by e-mail when something waits for them (they open Tasklist a few times a quarter, not daily).
 */
@Component
public class TaskCreatedNotifier extends AbstractProcessEnginePlugin implements TaskListener {

  public static final String KIND = "task-created";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  // looked up lazily: the engine (and this plugin) is built before the JPA beans
  private final ObjectProvider<Notifications> notifications;
  private final MunicipalityRegistry municipalities;

  TaskCreatedNotifier(ObjectProvider<Notifications> notifications, MunicipalityRegistry municipalities) {
    this.notifications = notifications;
    this.municipalities = municipalities;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(EVENTNAME_CREATE, TaskCreatedNotifier.this);
        }
      }
    });
  }

  @Override
  public void notify(DelegateTask task) {
    Municipality municipality = municipalities.find(task.getTenantId()).orElse(null);
    if (municipality == null) {
      return;
    }
    Object period = task.getVariable(PERIOD_LABEL);
    String where = municipality.name() + (period == null ? "" : " " + period);
    String due = task.getDueDate() == null ? ""
        : " Sista dag: " + DUE.format(task.getDueDate().toInstant().atZone(EngineClock.SWEDEN)) + ".";
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null) {
        notifications.getObject().record(municipality.id(), link.getGroupId(), KIND,
            "Ny uppgift: " + task.getName() + " – " + where,
            "Det finns en ny uppgift för er i Inriktningscykeln: «" + task.getName() + "» (" + where + ")." + due,
            KIND + ":" + task.getId() + ":" + link.getGroupId());
      }
    }
  }
}

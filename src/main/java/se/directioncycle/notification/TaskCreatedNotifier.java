package se.directioncycle.notification;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.UserTaskCreateListenerPlugin;

/**
 * Every new user task puts a message in the outbox for each of its candidate groups, so members are
 * told by e-mail when something waits for them (they open Tasklist a few times a quarter, not daily).
 */
@Component
class TaskCreatedNotifier extends UserTaskCreateListenerPlugin {

  public static final String KIND = "task-created";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  // looked up lazily: the engine (and this plugin) is built before the JPA beans
  private final ObjectProvider<Notifications> notifications;

  TaskCreatedNotifier(ObjectProvider<Notifications> notifications) {
    super(false); // after TaskTitles has put the municipality and period into the name
    this.notifications = notifications;
  }

  /** A municipality's task: its tenant is the municipality (ADR 0002), no need to ask the council registry. */
  @Override
  public void notify(DelegateTask task) {
    String municipality = task.getTenantId();
    if (municipality == null) {
      return;
    }
    String due = task.getDueDate() == null ? ""
        : " Sista dag: " + DUE.format(task.getDueDate().toInstant().atZone(EngineClock.SWEDEN)) + ".";
    // each group once; the task is created in this transaction, so none of its keys can be recorded yet
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    for (String group : groups) {
      notifications.getObject().recordNew(municipality, group, KIND, "Ny uppgift: " + task.getName(),
          "Det finns en ny uppgift för er i Inriktningscykeln: «" + task.getName() + "»." + due,
          KIND + ":" + task.getId() + ":" + group);
    }
  }
}

package se.directioncycle.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.web.PublicBaseUrl;

/**
 * A person's deadlines (their groups' open tasks with a due date) and their council's meetings
 * (the meeting dates of registered decisions) as iCalendar. Tasks are read as that person, so the
 * same authorizations and tenant checks apply as in Tasklist.
 */
@Component
class CalendarFeed {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final DirectionDecisionService decisions;
  private final MunicipalityRegistry municipalities;
  private final PublicBaseUrl publicBaseUrl;

  CalendarFeed(TaskService taskService, IdentityService identityService, DirectionDecisionService decisions,
      MunicipalityRegistry municipalities, PublicBaseUrl publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
    this.taskService = taskService;
    this.identityService = identityService;
    this.decisions = decisions;
    this.municipalities = municipalities;
  }

  @Transactional(readOnly = true)
  public byte[] render(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Inriktningscykeln//Kalender//SV"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (Task task : tasksOf(userId, groups, tenants)) {
      VEvent deadline = new VEvent(task.getDueDate().toInstant(), Duration.ofMinutes(30), "Sista dag: " + task.getName());
      deadline.add(new Uid("task-" + task.getId() + "@inriktningscykeln"));
      String link = publicBaseUrl.link("/camunda/app/tasklist/default/#/?task=" + task.getId());
      deadline.add(new Description(task.getName() + ". Uppgiften finns i Tasklist: " + link));
      deadline.add(new Url(URI.create(link)));
      calendar.add(deadline);
    }
    for (DirectionDecision decision : decisions.councilMeetingsOf(tenants)) {
      VEvent meeting = new VEvent(decision.getMeetingDate(), "Brottsförebyggande rådets sammanträde – "
          + municipalityName(decision.getMunicipality()));
      meeting.add(new Uid("meeting-" + decision.getId() + "@inriktningscykeln"));
      meeting.add(new Description("Inriktningen för " + decision.getQuarter().label() + " fastställdes"
          + (decision.getProtocolParagraph() == null ? "." : " (§ " + decision.getProtocolParagraph() + ").")));
      calendar.add(meeting);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("Calendar feed could not be written", e);
    }
    return out.toByteArray();
  }

  private List<Task> tasksOf(String userId, List<String> groups, List<String> tenants) {
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return taskService.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks().dueAfter(new java.util.Date(0))
          .orderByDueDate().asc().listPage(0, 500);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String municipalityName(String id) {
    return municipalities.find(id).map(m -> m.name()).orElse(id);
  }
}

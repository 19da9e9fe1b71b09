package se.directioncycle.intervention;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.council.Municipality;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** The follow-up's task forms: the responsible organisation's status report and the coordinator's escalations. */
@Configuration
class FollowUpForms {

  record StatusReport(String trafficLight, Long progressCount, String comment) {}

  /**
   * Each report starts empty (task-local fields, so the last report is never resubmitted by mistake); on
   * completion it is saved as the report of the organisation whose group the task went to. The lead's colour
   * steers the escalation; a participant's report is its own part, shown to everyone who reads the intervention.
   */
  @Bean
  TaskForm<StatusReport> reportInterventionStatus(FollowUpService followUps) {
    return TaskForm.form("report-intervention-status", TRAFFIC_LIGHT, PROGRESS_COUNT, STATUS_COMMENT)
        .reads((input, task) -> {
          String light = input.choice(TRAFFIC_LIGHT, "Status", TrafficLight.ALL, true);
          Long progress = input.integer(PROGRESS_COUNT, "Genomfört antal hittills", 0, 100_000, true);
          String comment = input.text(STATUS_COMMENT, "Kommentar", 2000, false);
          return new StatusReport(light, progress, comment);
        })
        .startsEmpty()
        .prepares(task -> task.setVariableLocal(INTERVENTION_SUMMARY,
            TextVariable.shown(followUps.describeFor(interventionId(task), candidateGroups(task)))))
        .records((task, report) -> {
          String group = reportingGroup(task);
          followUps.record(interventionId(task), task.getId(), Municipality.codeOfGroup(task.getTenantId(), group),
              report.trafficLight(), report.progressCount(), report.comment(), CurrentUser.idOrNull());
          if (group.equals(task.getVariable(RESPONSIBLE_GROUP))) {
            task.getExecution().setVariable(LAST_TRAFFIC_LIGHT, report.trafficLight());
          }
        });
  }

  /**
   * Whose report this is: the task's candidate group (the engine's routing state) among the reporting groups
   * ServiceTask_PrepareFollowUp took from the intervention, the lead's being {@code responsibleGroup}. Read from
   * the engine, so saving a report needs no read of the intervention.
   */
  static String reportingGroup(DelegateTask task) {
    List<String> reporting = reportingGroups(task.getVariable(REPORTING_GROUPS), task.getVariable(RESPONSIBLE_GROUP));
    List<String> candidates = candidateGroups(task);
    return candidates.stream().filter(reporting::contains).findFirst().orElseThrow(() -> new IllegalStateException(
        "Status report task " + task.getId() + " has no reporting group of its follow-up: " + candidates));
  }

  /**
   * The follow-up's reporting groups. A follow-up started before joint interventions has none stored: its lead alone
   * reported, to {@code responsibleGroup}.
   */
  static List<String> reportingGroups(Object stored, Object responsibleGroup) {
    return stored != null ? ListVariable.items(stored)
        : Stream.ofNullable(responsibleGroup).map(String::valueOf).toList();
  }

  /** The groups the engine gave the task to (routing state of the engine, never a variable a caller wrote). */
  static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }

  /** A red report or an overdue one: the coordinator's note stays on the task and in its history. */
  @Bean
  TaskForm<String> handleEscalation() {
    return TaskForm.form("handle-escalation", ESCALATION_NOTE)
        .reads((input, task) -> input.text(ESCALATION_NOTE, "Anteckning", 2000, false))
        .recordsNothing();
  }
}

package se.directioncycle.intervention;

import se.directioncycle.system.TextVariable;
import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_ReportInterventionStatus`: each report starts empty (task-local fields, so the last
 * report is never resubmitted by mistake); on completion it is saved and its colour steers escalation.
 */
@Component
public class FollowUpReportTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_ReportInterventionStatus";

  record StatusReport(String trafficLight, long progressCount, String comment) {}

  private final FollowUpService followUps;
  private final DirectionDecisionService decisions;

  FollowUpReportTaskListener(FollowUpService followUps, DirectionDecisionService decisions) {
    this.followUps = followUps;
    this.decisions = decisions;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(TRAFFIC_LIGHT, PROGRESS_COUNT, STATUS_COMMENT);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(INTERVENTION_SUMMARY,
          TextVariable.shown(followUps.describe(decisions.intervention(interventionId(task)))));
      task.setVariableLocal(TRAFFIC_LIGHT, "");
      task.setVariableLocal(PROGRESS_COUNT, Variables.longValue(null));
      task.setVariableLocal(STATUS_COMMENT, "");
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      StatusReport report = read(task);
      followUps.record(interventionId(task), task.getId(), report.trafficLight(), report.progressCount(),
          report.comment(), CurrentUser.idOrNull());
      task.getExecution().setVariable(LAST_TRAFFIC_LIGHT, report.trafficLight());
    }
  }

  static StatusReport read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String light = input.choice(TRAFFIC_LIGHT, "Status", TrafficLight.ALL, true);
    Long progress = input.integer(PROGRESS_COUNT, "Genomfört antal hittills", 0, 100_000, true);
    String comment = input.text(STATUS_COMMENT, "Kommentar", 2000, false);
    input.throwIfInvalid();
    return new StatusReport(light, progress, comment);
  }
}

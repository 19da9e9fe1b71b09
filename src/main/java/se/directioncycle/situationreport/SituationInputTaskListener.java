package se.directioncycle.situationreport;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.JsonInput;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_SubmitSituationInput`: on create, gives the task its own (task-local) input and
 * context so no member ever sees another member's entries; on submit, validates; on complete,
 * saves the organisation's submission.
 */
@Component
public class SituationInputTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_SubmitSituationInput";

  private final SituationSubmissionService submissions;
  private final MunicipalityRegistry municipalities;

  SituationInputTaskListener(SituationSubmissionService submissions, MunicipalityRegistry municipalities) {
    this.submissions = submissions;
    this.municipalities = municipalities;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(SITUATION_INPUT);
  }

  @Override
  public void notify(DelegateTask task) {
    Municipality municipality = municipalities.get(municipality(task));
    Organisation organisation = organisationOf(task, municipality);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(SITUATION_CONTEXT, SpinValues.jsonValue(
          JsonInput.write(submissions.formContext(cycleId(task), municipality, organisation))).create());
      task.setVariableLocal(SITUATION_INPUT, SpinValues.jsonValue(
          JsonInput.write(SituationSubmissionService.emptyInput(organisation))).create());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      SituationInput input = SituationInput.parse(task.getVariable(SITUATION_INPUT), municipality, organisation);
      submissions.submit(cycleId(task), organisation, input, CurrentUser.idOrNull());
    }
  }

  @Override
  public void validate(VariableScope task) {
    Municipality municipality = municipalities.get(municipality(task));
    SituationInput.parse(task.getVariable(SITUATION_INPUT), municipality, organisationOf(task, municipality));
  }

  private static Organisation organisationOf(VariableScope task, Municipality municipality) {
    String group = (String) task.getVariable(MEMBER_GROUP);
    String code = group.substring(municipality.id().length() + 1);
    return Organisation.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown member group " + group));
  }

}

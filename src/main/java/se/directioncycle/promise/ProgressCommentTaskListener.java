package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.TaskInputValidator;
import se.directioncycle.system.TextVariable;

/**
 * `UserTask_CommentProgress` (one per responsible group). On create: the group's commitments with the year's
 * counted progress, task-local. On complete: the party's comment (required) on each of those commitments.
 */
@Component
public class ProgressCommentTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_CommentProgress";

  private final PromisePeriodService periods;
  private final PromiseTexts texts;
  private final MunicipalityRegistry municipalities;

  ProgressCommentTaskListener(PromisePeriodService periods, PromiseTexts texts, MunicipalityRegistry municipalities) {
    this.periods = periods;
    this.texts = texts;
    this.municipalities = municipalities;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(PROGRESS_COMMENT);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    long periodId = periodId(task);
    int year = followUpYear(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(PROGRESS_TABLE, TextVariable.fit(texts.progress(periodId, year, parties(task)), WHOLE_TEXT));
      return;
    }
    periods.recordComment(periodId, year, parties(task), read(task), CurrentUser.idOrNull());
  }

  private List<Organisation.Party> parties(VariableScope task) {
    return PartyGroups.parties(municipalities.get(municipality(task)), (String) task.getVariable(FOLLOW_UP_GROUP));
  }

  static String read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String comment = input.text(PROGRESS_COMMENT, "Kommentar till uppföljningen", 4000, true);
    input.throwIfInvalid();
    return comment;
  }
}

package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Organisation;
import se.directioncycle.situationreport.ObservationCategory;
import se.directioncycle.system.JsonInput;
import se.directioncycle.system.TaskInputValidator;
import se.directioncycle.system.TextVariable;

/**
 * `UserTask_DraftPromises`. On create: the form's read-only context (the decided focus areas, the parties, and
 * why an earlier draft came back: the steering group's comment or a refused signature). On complete: the draft
 * is validated, replaces the earlier one, and its text goes to the review and signature forms.
 */
@Component
public class PromiseDraftTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_DraftPromises";

  private final PromisePeriodService periods;
  private final PromiseTexts texts;

  PromiseDraftTaskListener(PromisePeriodService periods, PromiseTexts texts) {
    this.periods = periods;
    this.texts = texts;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(PROMISE_DRAFT);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    long periodId = periodId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(DRAFT_CONTEXT, SpinValues.jsonValue(JsonInput.write(context(periodId))).create());
      return;
    }
    periods.saveDraft(periodId, read(task));
    task.setVariable(PROMISE_SUMMARY, TextVariable.fit(texts.promises(periodId), WHOLE_TEXT));
    // the next review starts empty, so an approval never carries an earlier return comment
    task.setVariable(REVIEW_DECISION, "");
    task.setVariable(REVIEW_COMMENT, "");
  }

  private PromiseDraft read(VariableScope task) {
    return PromiseDraft.parse(task.getVariable(PROMISE_DRAFT), periods.focusAreaCategories(periodId(task)));
  }

  private Map<String, Object> context(long periodId) {
    PromisePeriod period = periods.get(periodId);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("periodLabel", period.label());
    context.put("reviewComment", period.getReviewComment());
    context.put("refusalReason", period.getRefusalReason());
    context.put("focusAreas", periods.focusAreaCategories(periodId).stream()
        .map(code -> Map.of("value", code, "label",
            ObservationCategory.labelOf(code)))
        .toList());
    context.put("parties", Arrays.stream(Organisation.Party.values())
        .map(p -> Map.of("value", p.name(), "label", p.swedish())).toList());
    return context;
  }
}

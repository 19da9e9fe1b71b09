package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** How the promises are followed up: each party's yearly comment and the final feedback to citizens. */
@Configuration
class PromiseFollowUpForms {

  static final int MAX_REPORT = 8_000;

  /**
   * One task per responsible group: a new task shows the group's commitments with the year's counted progress;
   * the party's comment on them is required.
   */
  @Bean
  TaskForm<String> commentProgress(PromisePeriodService periods, PromiseTexts texts,
      MunicipalityRegistry municipalities) {
    return TaskForm.form("comment-progress", PROGRESS_COMMENT)
        .reads((input, task) -> input.text(PROGRESS_COMMENT, "Kommentar till uppföljningen", 4000, true))
        .prepares(task -> task.setVariableLocal(PROGRESS_TABLE, TextVariable.fit(
            texts.progress(periodId(task), followUpYear(task), parties(municipalities, task)), WHOLE_TEXT)))
        .records((task, comment) -> periods.recordComment(periodId(task), followUpYear(task),
            parties(municipalities, task), comment, CurrentUser.idOrNull()));
  }

  @Bean
  TaskForm<String> writeFeedbackReport(PromisePeriodService periods) {
    return TaskForm.form("write-feedback-report", FEEDBACK_REPORT)
        .reads((input, task) -> input.text(FEEDBACK_REPORT, "Återkoppling till medborgarna", MAX_REPORT, true))
        .records((task, report) -> periods.writeFeedback(periodId(task), report));
  }

  private static List<Organisation.Party> parties(MunicipalityRegistry municipalities, VariableScope task) {
    return PartyGroups.parties(municipalities.get(municipality(task)), (String) task.getVariable(FOLLOW_UP_GROUP));
  }
}

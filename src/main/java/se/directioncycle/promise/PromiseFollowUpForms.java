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

/**
 * How the promises are followed up: the yearly judgement of each qualitative commitment, each party's yearly
 * comment and the final feedback to citizens.
 */
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
            PartyGroups.answeringFor(municipalities.get(municipality(task)), (String) task.getVariable(FOLLOW_UP_GROUP)),
            parties(municipalities, task), comment, CurrentUser.idOrNull()));
  }

  /** A qualitative commitment's outcome and narrative for the year, judged by its lead party's group. */
  record Judgement(CommitmentOutcome outcome, String narrative) {}

  /**
   * One task per qualitative commitment, for the group of its lead party: a new task shows the commitment, its
   * parties and the interventions linked to it this year; the outcome (genomfört / delvis / inte genomfört) and a
   * narrative are required.
   */
  @Bean
  TaskForm<Judgement> judgeCommitment(PromisePeriodService periods, PromiseTexts texts) {
    return TaskForm.form("judge-commitment", COMMITMENT_OUTCOME, COMMITMENT_NARRATIVE)
        .reads((input, task) -> {
          String outcome = input.choice(COMMITMENT_OUTCOME, "Bedömning", CommitmentOutcome.formValues(), true);
          String narrative = input.text(COMMITMENT_NARRATIVE, "Beskrivning av årets arbete", 4000, true);
          return new Judgement(outcome == null ? null : CommitmentOutcome.fromFormValue(outcome), narrative);
        })
        .startsEmpty()
        .prepares(task -> task.setVariableLocal(COMMITMENT_TO_JUDGE, TextVariable.fit(
            texts.commitmentToJudge(judgedCommitment(task), followUpYear(task)), WHOLE_TEXT)))
        .records((task, judgement) -> periods.judge(judgedCommitment(task), followUpYear(task), judgement.outcome(),
            judgement.narrative(), CurrentUser.idOrNull()));
  }

  private static long judgedCommitment(VariableScope task) {
    return Long.parseLong((String) task.getVariable(JUDGED_COMMITMENT));
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

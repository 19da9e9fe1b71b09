package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.survey.SafetySurveys;
import se.directioncycle.input.ApproveOrReturn;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.DateWindow;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.InvalidInputException;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** The annual assessment's three task forms: the survey import, the action plan and the board's decision. */
@Configuration
class AnnualAssessmentForms {

  static final int MAX_LONG = 4_000;
  static final int MAX_SHORT = 2_000;
  private static final String SURVEY_CONFIRMED = "Trygghetsmätningen för året är importerad";
  private static final ApproveOrReturn.Fields BOARD = new ApproveOrReturn.Fields(BOARD_DECISION, BOARD_APPROVES,
      BOARD_RETURNS, BOARD_COMMENT, DECISION_DATE, "Beslutsdatum", PROTOCOL_PARAGRAPH);

  /**
   * The form says where the CSV file goes and asks the coordinator to confirm the import; the task completes only
   * when a survey for the year is stored, and remembers which import the year's picture rests on.
   */
  @Bean
  TaskForm<Long> importSafetySurvey(SafetySurveys surveys) {
    return TaskForm.form("import-safety-survey", SURVEY_IMPORTED)
        .reads((input, task) -> {
          if (Boolean.FALSE.equals(input.bool(SURVEY_IMPORTED, SURVEY_CONFIRMED))) {
            input.problem(SURVEY_CONFIRMED, "måste kryssas i när filen är importerad.");
          }
          input.throwIfInvalid();
          return surveys.find(municipality(task), year(task)).orElseThrow(() -> new InvalidInputException(
              "«Trygghetsmätning» för " + year(task) + " är inte importerad för " + task.getVariable(MUNICIPALITY_NAME)
                  + ". Ladda upp CSV-filen med POST " + task.getVariable(SURVEY_ENDPOINT)
                  + " (se docs/safety-survey-format.md) och slutför sedan uppgiften.")).getId();
        })
        .records((task, surveyId) -> task.setVariable(SURVEY_ID, surveyId));
  }

  /** The coordinator's statutory action plan: four free-text parts. */
  @Bean
  TaskForm<ActionPlan> prepareActionPlan(AnnualAssessmentService assessments) {
    return TaskForm.form("prepare-action-plan", FOCUS_AREAS, MEASURES, RESPONSIBLE, FOLLOW_UP)
        .reads((input, task) -> readPlan(input))
        .records((task, plan) -> {
          assessments.recordPlan(assessmentId(task), plan);
          task.getExecution().setVariable(ACTION_PLAN_TEXT, TextVariable.fit("#### Fokusområden\n\n" + plan.focusAreas()
              + "\n\n#### Åtgärder\n\n" + plan.measures() + "\n\n#### Ansvariga\n\n" + plan.responsible()
              + "\n\n#### Uppföljning\n\n" + plan.followUp(), "hela planen finns i den årliga bedömningen"));
          // the board's return comment is answered by this revision (and kept on the assessment): the board's next
          // decision form starts empty, so an approval never carries the old comment
          task.getExecution().removeVariable(BOARD_COMMENT);
          task.getExecution().removeVariable(BOARD_COMMENT_TEXT);
        });
  }

  /** The municipal board approves the plan (decision date and protocol paragraph) or returns it with a comment. */
  @Bean
  TaskForm<ApproveOrReturn> decideActionPlan(AnnualAssessmentService assessments) {
    return TaskForm.form("decide-action-plan", BOARD.names())
        .reads((input, task) -> ApproveOrReturn.read(input, BOARD, decisionWindow(task)))
        .records((task, decision) -> {
          if (decision.approved()) {
            assessments.recordApproval(assessmentId(task), decision.date(), decision.protocolParagraph().intValue(),
                decision.comment(), CurrentUser.idOrNull());
          } else {
            assessments.recordReturn(assessmentId(task), decision.comment());
            task.getExecution().setVariable(BOARD_COMMENT_TEXT, TextVariable.shown(decision.comment()));
          }
        });
  }

  static ActionPlan readPlan(InputReader input) {
    return new ActionPlan(
        input.text(FOCUS_AREAS, "Fokusområden", MAX_LONG, true),
        input.text(MEASURES, "Åtgärder", MAX_LONG, true),
        input.text(RESPONSIBLE, "Ansvariga", MAX_SHORT, true),
        input.text(FOLLOW_UP, "Uppföljning", MAX_SHORT, true));
  }

  /** The board's decision date lies within a year of the assessed year. */
  static DateWindow decisionWindow(VariableScope task) {
    return DateWindow.aroundYears(year(task), year(task), DECISION_DATE_PERIOD);
  }
}

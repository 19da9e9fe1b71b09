package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.survey.SafetySurveyParser;
import se.directioncycle.survey.SafetySurveys;
import se.directioncycle.input.ApproveOrReturn;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.DateWindow;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** The annual assessment's three task forms: the survey import, the action plan and the board's decision. */
@Configuration
class AnnualAssessmentForms {

  static final int MAX_LONG = 4_000;
  static final int MAX_SHORT = 2_000;
  static final String SURVEY_FILE_LABEL = "Trygghetsmätning (CSV-fil, högst 1 MB)";
  /** A file in the task travels as base64 JSON, which must fit the REST guard's 2 MB request limit. */
  static final int MAX_UPLOAD_BYTES = 1_048_576;
  private static final ApproveOrReturn.Fields BOARD = new ApproveOrReturn.Fields(BOARD_DECISION, BOARD_APPROVES,
      BOARD_RETURNS, BOARD_COMMENT, DECISION_DATE, "Beslutsdatum", PROTOCOL_PARAGRAPH);

  /**
   * The coordinator uploads the year's survey CSV in the task (embedded form, a File variable). The whole file is
   * checked on submission with the API's parser: a file with errors is refused with every error's line and column
   * and nothing is saved; a valid file is stored when the task completes, and the year's picture rests on it.
   */
  @Bean
  TaskForm<SurveyUpload> importSafetySurvey(SafetySurveys surveys, MunicipalityRegistry municipalities) {
    return TaskForm.form("import-safety-survey", SURVEY_FILE)
        .reads((input, task) -> {
          TypedValue value = task.getVariableTyped(SURVEY_FILE);
          if (!(value instanceof FileValue file) || file.getValue() == null || file.getFilename() == null
              || file.getFilename().isBlank()) {
            input.problem(SURVEY_FILE_LABEL, "måste väljas.");
            return null;
          }
          if (file.getFilename() == null || !file.getFilename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            input.problem(SURVEY_FILE_LABEL, "måste vara en CSV-fil (filnamnet ska sluta på .csv).");
            return null;
          }
          byte[] content = bytes(file);
          if (content.length > MAX_UPLOAD_BYTES) {
            input.problem(SURVEY_FILE_LABEL, "får vara högst 1 MB i Tasklist (en trygghetsmätning är normalt bara "
                + "några kB). Kontrollera att det är rätt fil.");
            return null;
          }
          Municipality municipality = municipalities.get(municipality(task));
          return new SurveyUpload(content,
              surveys.check(content, year(task), municipality.name(), municipality.areas()));
        })
        .startsEmpty()
        .records((task, upload) -> task.setVariable(SURVEY_ID, surveys.replace(municipality(task), year(task),
            upload.rows(), upload.content(), CurrentUser.idOrNull()).survey().getId()));
  }

  /** A checked survey file: its bytes and its valid rows. */
  record SurveyUpload(byte[] content, List<SafetySurveyParser.ParsedRow> rows) {}

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readNBytes(MAX_UPLOAD_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a stored file variable failed", e);
    }
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

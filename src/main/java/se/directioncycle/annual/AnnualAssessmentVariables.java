package se.directioncycle.annual;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.cycle.TaskTitles;

/** Variable names of `AnnualAssessment` (one place; form field keys equal these names). */
public final class AnnualAssessmentVariables {

  public static final String PROCESS_KEY = "AnnualAssessment";

  public static final String MUNICIPALITY = "municipality";
  public static final String MUNICIPALITY_NAME = TaskTitles.MUNICIPALITY_NAME;
  public static final String YEAR = "year";
  /** Used by the task titles ("… – Kalix 2067"). */
  public static final String PERIOD_LABEL = TaskTitles.PERIOD_LABEL;
  public static final String ASSESSMENT_ID = "assessmentId";
  public static final String COORDINATOR_GROUP = "coordinatorGroup";
  public static final String COMMISSIONER_GROUP = "commissionerGroup";
  public static final String SURVEY_ENDPOINT = "surveyEndpoint";
  public static final String IMPORT_DUE_AT = "importDueAt";
  public static final String PLAN_DUE_AT = "planDueAt";
  public static final String DECISION_DUE_AT = "decisionDueAt";
  /** When each task's non-interrupting reminder fires (its due date minus `reminder-before-deadline`). */
  public static final String IMPORT_REMINDER_AT = "importReminderAt";
  public static final String PLAN_REMINDER_AT = "planReminderAt";
  public static final String DECISION_REMINDER_AT = "decisionReminderAt";

  /** The survey CSV the coordinator uploads in the import task (a File variable, task-local). */
  public static final String SURVEY_FILE = "surveyFile";
  public static final String SURVEY_ID = "surveyId";
  public static final String ANNUAL_PICTURE = "annualPicture";

  public static final String FOCUS_AREAS = "focusAreas";
  public static final String MEASURES = "measures";
  public static final String RESPONSIBLE = "responsible";
  public static final String FOLLOW_UP = "followUp";

  public static final String BOARD_DECISION = "boardDecision";
  public static final String BOARD_COMMENT = "boardComment";
  /** The board's comment made safe to show in the action-plan form (TextVariable). */
  public static final String BOARD_COMMENT_TEXT = "boardCommentText";
  /** The action plan made safe to show in the board's form (TextVariable). */
  public static final String ACTION_PLAN_TEXT = "actionPlanText";
  public static final String DECISION_DATE = "decisionDate";
  /** The period the board's decision date is checked against (DateWindow), as the form's description names it. */
  public static final String DECISION_DATE_PERIOD = "det bedömda årets";
  public static final String PROTOCOL_PARAGRAPH = "protocolParagraph";

  public static final String BOARD_APPROVES = "approve";
  public static final String BOARD_RETURNS = "return";

  private AnnualAssessmentVariables() {}

  public static String municipality(VariableScope scope) {
    return (String) scope.getVariable(MUNICIPALITY);
  }

  public static int year(VariableScope scope) {
    return ((Number) scope.getVariable(YEAR)).intValue();
  }

  public static long assessmentId(VariableScope scope) {
    return ((Number) scope.getVariable(ASSESSMENT_ID)).longValue();
  }
}

package se.directioncycle.promise;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.cycle.TaskTitles;

/** Variable names of `CitizenPromiseCycle` (one place; form field keys equal these names). */
public final class CitizenPromiseVariables {

  public static final String PROCESS_KEY = "CitizenPromiseCycle";

  public static final String MUNICIPALITY = "municipality";
  public static final String MUNICIPALITY_NAME = TaskTitles.MUNICIPALITY_NAME;
  /** The period's first month (`YYYY-MM`) and length in months (12–36): the start form's fields. */
  public static final String FIRST_MONTH = "firstMonth";
  public static final String LENGTH_IN_MONTHS = "lengthInMonths";
  /** The period's last month, `YYYY-MM`, set when the period is registered. */
  public static final String LAST_MONTH = "lastMonth";
  /** The years of the first and last month; `startYear` alone also starts a period (January to December next year). */
  public static final String START_YEAR = "startYear";
  public static final String END_YEAR = "endYear";
  /** Used by the task titles ("… – Kalix 2024–2026"). */
  public static final String PERIOD_LABEL = TaskTitles.PERIOD_LABEL;
  public static final String PERIOD_ID = "promisePeriodId";
  public static final String COORDINATOR_GROUP = "coordinatorGroup";
  public static final String POLICE_GROUP = "policeGroup";
  public static final String STEERING_GROUP = "steeringGroup";
  public static final String COMMISSIONER_GROUP = "commissionerGroup";
  public static final String POLICE_CHIEF_GROUP = "policeChiefGroup";

  public static final String DIALOGUE_KINDS = "dialogueKinds";
  public static final String DIALOGUES_DUE_AT = "dialoguesDueAt";
  /** Element variable of the dialogue task (one instance per kind) and its Swedish name, both task-local. */
  public static final String DIALOGUE_KIND = "dialogueKind";
  public static final String DIALOGUE_LABEL = "dialogueLabel";
  public static final String DIALOGUE_METHOD = "dialogueMethod";
  public static final String HELD_ON = "heldOn";
  /** The period a dialogue's date is checked against (DateWindow), as the form's description names it. */
  public static final String HELD_ON_PERIOD = "löftesperiodens";
  public static final String PARTICIPANTS = "participants";
  public static final String PLACES = "places";
  public static final String THEMES_RAISED = "themesRaised";

  public static final String STATISTICS_ANALYSIS = "statisticsAnalysis";
  public static final String FOCUS_AREA_CHOICES = "focusAreaChoices";
  public static final String FOCUS_AREAS = "focusAreas";
  public static final String FOCUS_MOTIVATION = "focusMotivation";

  public static final String PROMISE_DRAFT = "promiseDraft";
  public static final String DRAFT_CONTEXT = "promiseDraftContext";
  public static final String PROMISE_SUMMARY = "promiseSummary";

  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String REVIEW_APPROVES = "approve";
  public static final String REVIEW_RETURNS = "return";

  /** Task-local on both signature tasks; mapped out to the two *_SIGNED variables the gateways read. */
  public static final String SIGNATURE = "signature";
  public static final String REFUSAL_REASON = "refusalReason";
  /** Who signs in a signature task ({@link Signatory}): an input parameter of each task in the model. */
  public static final String SIGNATORY = "signatory";
  public static final String SIGNS = "sign";
  public static final String REFUSES = "refuse";
  public static final String COMMISSIONER_SIGNED = "commissionerSigned";
  public static final String POLICE_CHIEF_SIGNED = "policeChiefSigned";

  public static final String FOLLOW_UP_YEAR = "followUpYear";
  public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
  public static final String COMMENT_DUE_AT = "commentDueAt";
  public static final String FOLLOW_UP_GROUPS = "followUpGroups";
  /** Element variable of the comment task: the group answering for its party's commitments. */
  public static final String FOLLOW_UP_GROUP = "followUpGroup";
  /** The year's qualitative commitments (ids as text), one judgement task each, and the lead group of each. */
  public static final String QUALITATIVE_COMMITMENTS = "qualitativeCommitments";
  public static final String JUDGE_GROUPS = "judgeGroups";
  /** Element variable of the judgement task. */
  public static final String JUDGED_COMMITMENT = "judgedCommitmentId";
  public static final String COMMITMENT_TO_JUDGE = "commitmentToJudge";
  public static final String COMMITMENT_OUTCOME = "commitmentOutcome";
  public static final String COMMITMENT_NARRATIVE = "commitmentNarrative";
  public static final String PROGRESS_TABLE = "progressTable";
  public static final String PROGRESS_COMMENT = "progressComment";
  public static final String PERIOD_ENDED = "periodEnded";
  public static final String FINAL_PROGRESS = "finalProgress";
  public static final String FEEDBACK_REPORT = "feedbackReport";

  /** Where a form's shortened text can be read whole. */
  static final String WHOLE_TEXT = "hela texten finns under /api/citizen-promise-periods";

  private CitizenPromiseVariables() {}

  public static String municipality(VariableScope scope) {
    return (String) scope.getVariable(MUNICIPALITY);
  }

  public static long periodId(VariableScope scope) {
    return ((Number) scope.getVariable(PERIOD_ID)).longValue();
  }

  public static int followUpYear(VariableScope scope) {
    return ((Number) scope.getVariable(FOLLOW_UP_YEAR)).intValue();
  }
}

package se.directioncycle.cycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.engine.ListVariable;

/**
 * Variable names of `QuarterlyDirectionCycle` and `InterventionFollowUp` (one place; form field keys
 * equal these names) with typed accessors. Variables hold ids and simple values, never entities.
 */
public final class QuarterlyDirectionCycleVariables {

  public static final String PROCESS_KEY = "QuarterlyDirectionCycle";
  public static final String FOLLOW_UP_PROCESS_KEY = "InterventionFollowUp";

  public static final String MUNICIPALITY = "municipality";
  public static final String MUNICIPALITY_NAME = TaskTitles.MUNICIPALITY_NAME;
  public static final String YEAR = "year";
  public static final String QUARTER = "quarter";
  public static final String CYCLE_ID = "cycleId";
  public static final String PERIOD_LABEL = TaskTitles.PERIOD_LABEL;
  public static final String COORDINATOR_GROUP = "coordinatorGroup";
  public static final String CHAIR_GROUP = "chairGroup";
  public static final String PROPOSER_GROUPS = "proposerGroups";
  public static final String MEMBER_GROUPS = "memberGroups";
  public static final String MEMBER_GROUP = "memberGroup";
  public static final String SUBMISSION_REMINDER_AT = "submissionReminderAt";
  public static final String SUBMISSION_DEADLINE_AT = "submissionDeadlineAt";
  public static final String QUARTER_ENDS_AT = "quarterEndsAt";
  public static final String FOLLOW_UP_INTERVAL = "followUpInterval";
  public static final String REPORT_OVERDUE_AFTER = "reportOverdueAfter";

  public static final String SITUATION_CONTEXT = "situationContext";
  public static final String SITUATION_INPUT = "situationInput";
  public static final String SITUATION_REPORT_ID = "situationReportId";
  public static final String SITUATION_SUMMARY = "situationSummary";
  public static final String MAPPING_SECTION = "mappingSection";
  public static final String OTHER_INFORMATION_SECTION = "otherInformationSection";
  public static final String ANALYSIS_SECTION = "analysisSection";

  public static final String PREVIOUS_DECISION_EXISTS = "previousDecisionExists";
  public static final String INTERVENTIONS_TO_EVALUATE = "interventionsToEvaluate";
  public static final String EVALUATION_GROUPS = "evaluationGroups";
  public static final String INTERVENTION_ID = "interventionId";
  public static final String INTERVENTION_SUMMARY = "interventionSummary";
  public static final String INTERVENTION_TITLE = "interventionTitle";
  public static final String IMPLEMENTATION_STATUS = "implementationStatus";
  public static final String TRAFFIC_LIGHT = "trafficLight";
  public static final String OUTPUT_AGAINST_TARGET = "outputAgainstTarget";
  public static final String OBSERVED_EFFECT = "observedEffect";
  public static final String RECOMMENDATION = "recommendation";
  public static final String LESSONS = "lessons";
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  public static final String PREVIOUS_DECISION_ID = "previousDecisionId";
  public static final String CARRY_OVER_INTERVENTION_IDS = "carryOverInterventionIds";

  public static final String DIRECTION_PROPOSAL = "directionProposal";
  public static final String PROPOSAL_CONTEXT = "proposalContext";
  public static final String PROPOSAL_SUMMARY = "proposalSummary";
  public static final String RANKED_PROBLEMS_TEXT = "rankedProblemsText";
  public static final String CHAIR_DECISION = "chairDecision";
  public static final String CHAIR_COMMENT = "chairComment";
  public static final String MEETING_DATE = "meetingDate";
  /** The period the meeting date is checked against (DateWindow), as the form's description names it. */
  public static final String MEETING_DATE_PERIOD = "kvartalets";
  public static final String PROTOCOL_PARAGRAPH = "protocolParagraph";
  public static final String DECISION_ID = "decisionId";
  public static final String DECISION_NUMBER = "decisionNumber";
  public static final String DECIDED_INTERVENTION_IDS = "decidedInterventionIds";

  public static final String RESPONSIBLE_GROUP = "responsibleGroup";
  /** The follow-up's reporting groups: the lead's first, then each participating organisation's (joint work). */
  public static final String REPORTING_GROUPS = "reportingGroups";
  /** The element variable of the multi-instance status report: the group this report task goes to. */
  public static final String REPORTING_GROUP = "reportingGroup";
  public static final String LAST_TRAFFIC_LIGHT = "lastTrafficLight";
  public static final String PROGRESS_COUNT = "progressCount";
  public static final String STATUS_COMMENT = "statusComment";
  public static final String ESCALATION_NOTE = "escalationNote";

  public static final String CHAIR_APPROVES = "approve";
  public static final String CHAIR_RETURNS = "return";

  private QuarterlyDirectionCycleVariables() {}

  public static String municipality(VariableScope scope) {
    return (String) scope.getVariable(MUNICIPALITY);
  }

  public static long cycleId(VariableScope scope) {
    return ((Number) scope.getVariable(CYCLE_ID)).longValue();
  }

  public static long decisionId(VariableScope scope) {
    return ((Number) scope.getVariable(DECISION_ID)).longValue();
  }

  public static long interventionId(VariableScope scope) {
    return Long.parseLong(String.valueOf(scope.getVariable(INTERVENTION_ID)));
  }

  /** Sets ids as the list variable {@code name} of this execution ({@link ListVariable}), the ids as text. */
  public static void setIds(DelegateExecution execution, String name, List<Long> ids) {
    ListVariable.set(execution, name, ids.stream().map(String::valueOf).toList());
  }
}

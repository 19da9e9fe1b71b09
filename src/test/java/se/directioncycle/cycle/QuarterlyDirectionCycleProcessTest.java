package se.directioncycle.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.support.ProcessTestSupport;

/**
 * Process test of {@code bpmn/quarterly-direction-cycle.bpmn} on a plain in-memory engine. The beans
 * are Mocks lambdas that only set the variables the next steps need; the real beans have their own tests.
 */
@Deployment(resources = {"bpmn/quarterly-direction-cycle.bpmn", "bpmn/intervention-follow-up.bpmn"})
class QuarterlyDirectionCycleProcessTest extends ProcessTestSupport {

  static final String PROCESS_KEY = "QuarterlyDirectionCycle";
  static final String FOLLOW_UP_KEY = "InterventionFollowUp";
  static final String BUSINESS_KEY = "alvkarleby-2027-Q1";
  static final Instant START = Instant.parse("2026-11-20T06:00:00Z");

  static final String SCHOOL = "alvkarleby-school";
  static final String POLICE = "alvkarleby-police";
  static final String HOUSING = "alvkarleby-housing";
  static final String COORDINATOR = "alvkarleby-coordinator";
  static final String CHAIR = "alvkarleby-chair";

  /** What loadPreviousDecisionDelegate answers in the current test. */
  private boolean previousDecisionExists;
  private List<String> interventionsToEvaluate = List.of();
  private Map<String, String> evaluationGroups = Map.of();
  /** What registerDecisionDelegate answers. */
  private List<String> decidedInterventionIds = List.of("301", "302");

  QuarterlyDirectionCycleProcessTest() {
    super(START);
  }

  @BeforeEach
  void registerMocks() {

    delegate("registerCycleDelegate", execution -> {
      Instant now = ClockUtil.getCurrentTime().toInstant();
      execution.setVariable("municipality", "alvkarleby");
      execution.setVariable("periodLabel", "2027 kvartal 1");
      execution.setVariable("coordinatorGroup", COORDINATOR);
      execution.setVariable("chairGroup", CHAIR);
      execution.setVariable("proposerGroups", COORDINATOR + "," + POLICE);
      // as RegisterCycleDelegate stores it: one String (ListVariable)
      execution.setVariable("memberGroups", ListVariable.of(List.of(SCHOOL, POLICE)));
      execution.setVariable("submissionReminderAt", Date.from(now.plus(Duration.ofDays(11))));
      execution.setVariable("submissionDeadlineAt", Date.from(now.plus(Duration.ofDays(14))));
      execution.setVariable("quarterEndsAt", Date.from(now.plus(Duration.ofDays(132))));
      execution.setVariable("followUpInterval", "P14D");
      execution.setVariable("reportOverdueAfter", "P7D");
    });
    delegate("sendSubmissionReminderDelegate", execution -> { });
    delegate("compileSituationReportDelegate", execution -> execution.setVariable("situationReportId", 7L));
    delegate("publishSituationReportDelegate", execution -> { });
    delegate("loadPreviousDecisionDelegate", execution -> {
      execution.setVariable("previousDecisionExists", previousDecisionExists);
      execution.setVariable("interventionsToEvaluate", ListVariable.of(interventionsToEvaluate));
      execution.setVariable("evaluationGroups", new HashMap<>(evaluationGroups));
    });
    delegate("summarizeEvaluationDelegate", execution -> execution.setVariable("evaluationSummary", "Sammanfattning"));
    delegate("prepareDirectionProposalDelegate", execution -> { });
    delegate("registerDecisionDelegate", execution -> {
      execution.setVariable("decisionId", 11L);
      execution.setVariable("decidedInterventionIds", ListVariable.of(decidedInterventionIds));
    });
    delegate("notifyResponsiblePartiesDelegate", execution -> { });
    delegate("closeCycleDelegate", execution -> { });
    delegate("prepareFollowUpDelegate", execution -> {
      execution.setVariable("responsibleGroup", HOUSING);
      execution.setVariable("reportingGroups", ListVariable.of(List.of(HOUSING)));
      execution.setVariable("interventionTitle", "Insats " + execution.getVariable("interventionId"));
    });
  }

  @Test
  void startIsRefusedSynchronouslyWhenTheCycleCannotBeRegistered() {
    delegate("registerCycleDelegate", execution -> {
      throw new IllegalStateException("Kvartalscykeln finns redan");
    });

    Assertions.assertThatThrownBy(this::startCycle).hasMessageContaining("Kvartalscykeln finns redan");
    Assertions.assertThat(processInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
  }

  @Test
  void registersTheCycleInsideTheStartRequestAndOpensOneSubmissionTaskPerMember() {
    ProcessInstance cycle = startCycle();

    // synchronous registration, then a transaction boundary (asyncAfter)
    Assertions.assertThat(calls).containsEntry("registerCycleDelegate", 1);
    assertThat(cycle).hasVariables("memberGroups", "submissionDeadlineAt", "quarterEndsAt");
    Assertions.assertThat(jobQuery().processInstanceId(cycle.getId()).activityId("ServiceTask_RegisterCycle").count())
        .isEqualTo(1);
    Assertions.assertThat(taskQuery().processInstanceId(cycle.getId()).count()).isZero();

    executeAsyncContinuations();

    assertThat(cycle).isWaitingAt("UserTask_SubmitSituationInput");
    List<Task> memberTasks = memberTasks(cycle);
    Assertions.assertThat(memberTasks).hasSize(2);
    for (Task memberTask : memberTasks) {
      String memberGroup = (String) taskService().getVariable(memberTask.getId(), "memberGroup");
      assertCandidateGroupsExactly(memberTask, memberGroup);
    }
    Assertions.assertThat(memberTasks)
        .extracting(t -> taskService().getVariable(t.getId(), "memberGroup"))
        .containsExactlyInAnyOrder(SCHOOL, POLICE);
  }

  @Test
  void firstQuarterWithoutEarlierDecisionSkipsTheEvaluation() {
    previousDecisionExists = false;
    ProcessInstance cycle = startCycle();
    executeAsyncContinuations();

    submitAllMemberInput(cycle);

    assertThat(cycle).hasPassed("EndEvent_AllInputReceived", "ServiceTask_CompileSituationReport");
    Assertions.assertThat(calls).containsEntry("compileSituationReportDelegate", 1);
    assertThat(cycle).isWaitingAt("UserTask_ReviewSituationReport");
    assertCandidateGroupsExactly(task("UserTask_ReviewSituationReport", cycle), COORDINATOR);

    complete(task("UserTask_ReviewSituationReport", cycle));
    assertThat(cycle).as("the approval answers before the report's PDF is made")
        .isWaitingAt("ServiceTask_PublishSituationReport");
    Assertions.assertThat(calls).doesNotContainKey("publishSituationReportDelegate");
    executeAsyncContinuations();

    Assertions.assertThat(calls).containsEntry("publishSituationReportDelegate", 1)
        .containsEntry("loadPreviousDecisionDelegate", 1)
        .containsEntry("prepareDirectionProposalDelegate", 1)
        .doesNotContainKey("summarizeEvaluationDelegate");
    assertThat(cycle).hasPassed("Gateway_PreviousDecisionExists", "Gateway_EvaluationDone")
        .hasNotPassed("UserTask_EvaluateIntervention", "ServiceTask_SummarizeEvaluation")
        .isWaitingAt("UserTask_ProposeDirection");
    assertCandidateGroupsExactly(task("UserTask_ProposeDirection", cycle), COORDINATOR, POLICE);
  }

  @Test
  void quarterWithEarlierDecisionEvaluatesEachInterventionByItsResponsibleOrganisation() {
    previousDecisionExists = true;
    interventionsToEvaluate = List.of("101", "102");
    evaluationGroups = Map.of("101", HOUSING, "102", POLICE);
    ProcessInstance cycle = startCycle();
    executeAsyncContinuations();
    submitAllMemberInput(cycle);
    complete(task("UserTask_ReviewSituationReport", cycle));
    executeAsyncContinuations();

    assertThat(cycle).isWaitingAt("UserTask_EvaluateIntervention");
    List<Task> evaluations = taskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey("UserTask_EvaluateIntervention").list();
    Assertions.assertThat(evaluations).hasSize(2);
    for (Task evaluation : evaluations) {
      String interventionId = (String) taskService().getVariable(evaluation.getId(), "interventionId");
      assertCandidateGroupsExactly(evaluation, evaluationGroups.get(interventionId));
    }
    Assertions.assertThat(evaluations)
        .extracting(t -> taskService().getVariable(t.getId(), "interventionId"))
        .containsExactlyInAnyOrder("101", "102");

    complete(evaluations.get(0));
    executeAsyncContinuations();
    // the summary waits for the last evaluation
    Assertions.assertThat(calls).doesNotContainKey("summarizeEvaluationDelegate");
    assertThat(cycle).isWaitingAt("UserTask_EvaluateIntervention");

    complete(evaluations.get(1));
    executeAsyncContinuations();

    Assertions.assertThat(calls).containsEntry("summarizeEvaluationDelegate", 1)
        .containsEntry("prepareDirectionProposalDelegate", 1);
    assertThat(cycle).hasPassed("ServiceTask_SummarizeEvaluation", "Gateway_EvaluationDone")
        .isWaitingAt("UserTask_ProposeDirection");
  }

  @Test
  void reminderTimerRemindsWithoutClosingTheCollection() {
    ProcessInstance cycle = startCycle();
    executeAsyncContinuations();
    complete(memberTask(cycle, SCHOOL));
    executeAsyncContinuations();

    Job reminder = timer(cycle, "BoundaryEvent_SubmissionReminder");
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(dateVariable(cycle, "submissionReminderAt"));
    Assertions.assertThat(dueTimers(cycle, "BoundaryEvent_SubmissionReminder")).isEmpty();

    ClockUtil.setCurrentTime(plusMinutes(reminder.getDuedate(), 1));
    List<Job> due = dueTimers(cycle, "BoundaryEvent_SubmissionReminder");
    Assertions.assertThat(due).hasSize(1);
    execute(due.get(0));
    executeAsyncContinuations();

    Assertions.assertThat(calls).containsEntry("sendSubmissionReminderDelegate", 1);
    assertThat(cycle).hasPassed("BoundaryEvent_SubmissionReminder", "EndEvent_ReminderSent")
        .isWaitingAt("UserTask_SubmitSituationInput");
    // non-interrupting: the police's task is still open, the deadline still ticks
    Assertions.assertThat(memberTasks(cycle)).hasSize(1);
    assertCandidateGroupsExactly(memberTasks(cycle).get(0), POLICE);
    Assertions.assertThat(timer(cycle, "BoundaryEvent_SubmissionDeadline")).isNotNull();

    complete(memberTask(cycle, POLICE));
    executeAsyncContinuations();

    assertThat(cycle).hasPassed("EndEvent_AllInputReceived")
        .hasNotPassed("BoundaryEvent_SubmissionDeadline")
        .isWaitingAt("UserTask_ReviewSituationReport");
    Assertions.assertThat(calls).containsEntry("compileSituationReportDelegate", 1);
  }

  @Test
  void deadlineClosesTheCollectionAndTheReportIsCompiledWithoutMissingInput() {
    ProcessInstance cycle = startCycle();
    executeAsyncContinuations();
    complete(memberTask(cycle, SCHOOL));
    executeAsyncContinuations();

    Date deadline = dateVariable(cycle, "submissionDeadlineAt");
    Assertions.assertThat(timer(cycle, "BoundaryEvent_SubmissionDeadline").getDuedate()).isEqualTo(deadline);
    ClockUtil.setCurrentTime(plusMinutes(deadline, 1));
    List<Job> due = dueTimers(cycle, "BoundaryEvent_SubmissionDeadline");
    Assertions.assertThat(due).hasSize(1);
    execute(due.get(0));

    // the police never submitted: its task is cancelled together with the reminder
    Assertions.assertThat(memberTasks(cycle)).isEmpty();
    Assertions.assertThat(jobQuery().processInstanceId(cycle.getId()).timers().count()).isZero();
    assertThat(cycle).hasPassed("BoundaryEvent_SubmissionDeadline", "Gateway_CollectionClosed")
        .hasNotPassed("EndEvent_AllInputReceived");

    executeAsyncContinuations();

    Assertions.assertThat(calls).containsEntry("compileSituationReportDelegate", 1)
        .doesNotContainKey("sendSubmissionReminderDelegate");
    assertThat(cycle).isWaitingAt("UserTask_ReviewSituationReport");
  }

  @Test
  void chairReturnsTheProposalAndThenApprovesIt() {
    ProcessInstance cycle = startCycle();
    reachDecideDirection(cycle);

    assertCandidateGroupsExactly(task("UserTask_DecideDirection", cycle), CHAIR);
    complete(task("UserTask_DecideDirection", cycle),
        withVariables("chairDecision", "return", "chairComment", "Förtydliga målen"));
    executeAsyncContinuations();

    assertThat(cycle).isWaitingAt("UserTask_ProposeDirection").hasNotPassed("ServiceTask_RegisterDecision");
    assertCandidateGroupsExactly(task("UserTask_ProposeDirection", cycle), COORDINATOR, POLICE);
    Assertions.assertThat(calls).doesNotContainKey("registerDecisionDelegate");

    complete(task("UserTask_ProposeDirection", cycle));
    assertThat(cycle).isWaitingAt("UserTask_DecideDirection");
    assertCandidateGroupsExactly(task("UserTask_DecideDirection", cycle), CHAIR);
    complete(task("UserTask_DecideDirection", cycle), withVariables("chairDecision", "approve"));
    executeAsyncContinuations();

    Assertions.assertThat(calls).containsEntry("registerDecisionDelegate", 1)
        .containsEntry("notifyResponsiblePartiesDelegate", 1);
    assertThat(cycle).hasPassed("ServiceTask_RegisterDecision", "ServiceTask_NotifyResponsibleParties")
        .isWaitingAt("CallActivity_FollowUpIntervention");
  }

  @Test
  void followsUpEachDecidedInterventionAndClosesTheCycleWhenTheQuarterEnds() {
    decidedInterventionIds = List.of("301", "302");
    ProcessInstance cycle = startCycle();
    reachDecideDirection(cycle);
    complete(task("UserTask_DecideDirection", cycle), withVariables("chairDecision", "approve"));
    executeAsyncContinuations();

    assertThat(cycle).isWaitingAt("CallActivity_FollowUpIntervention");
    List<ProcessInstance> followUps = processInstanceQuery().superProcessInstanceId(cycle.getId()).list();
    Assertions.assertThat(followUps).hasSize(2);
    Date quarterEndsAt = dateVariable(cycle, "quarterEndsAt");
    for (ProcessInstance followUp : followUps) {
      assertThat(followUp).hasProcessDefinitionKey(FOLLOW_UP_KEY)
          .hasBusinessKey(BUSINESS_KEY)
          .isWaitingAt("IntermediateCatchEvent_ReportDue");
      Map<String, Object> variables = runtimeService().getVariables(followUp.getId());
      Assertions.assertThat(variables)
          .containsEntry("municipality", "alvkarleby")
          .containsEntry("coordinatorGroup", COORDINATOR)
          .containsEntry("quarterEndsAt", quarterEndsAt)
          .containsEntry("followUpInterval", "P14D")
          .containsEntry("reportOverdueAfter", "P7D");
    }
    Assertions.assertThat(followUps)
        .extracting(p -> runtimeService().getVariable(p.getId(), "interventionId"))
        .containsExactlyInAnyOrder("301", "302");
    ProcessInstance first = calledProcessInstance(
        processInstanceQuery().processDefinitionKey(FOLLOW_UP_KEY).variableValueEquals("interventionId", "301"), cycle);
    ProcessInstance second = calledProcessInstance(
        processInstanceQuery().processDefinitionKey(FOLLOW_UP_KEY).variableValueEquals("interventionId", "302"), cycle);

    // nothing ends before the quarter does
    Assertions.assertThat(dueTimers(first, "BoundaryEvent_QuarterEnded")).isEmpty();
    Assertions.assertThat(timer(first, "BoundaryEvent_QuarterEnded").getDuedate()).isEqualTo(quarterEndsAt);

    ClockUtil.setCurrentTime(plusMinutes(quarterEndsAt, 1));
    fireDueTimers(first, "BoundaryEvent_QuarterEnded");
    executeAsyncContinuations();

    assertThat(first).isEnded().hasPassed("EndEvent_FollowUpClosed");
    assertThat(cycle).isWaitingAt("CallActivity_FollowUpIntervention");
    Assertions.assertThat(calls).doesNotContainKey("closeCycleDelegate");

    fireDueTimers(second, "BoundaryEvent_QuarterEnded");
    executeAsyncContinuations();

    assertThat(second).isEnded().hasPassed("EndEvent_FollowUpClosed");
    Assertions.assertThat(calls).containsEntry("closeCycleDelegate", 1);
    assertThat(cycle).hasPassed("ServiceTask_CloseCycle", "EndEvent_CycleClosed").isEnded();
  }

  // --- driving the process -------------------------------------------------------------------------

  private ProcessInstance startCycle() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
        withVariables("year", 2027, "quarter", 1, "municipality", "alvkarleby"));
  }

  private void submitAllMemberInput(ProcessInstance cycle) {
    for (Task memberTask : memberTasks(cycle)) {
      complete(memberTask);
      executeAsyncContinuations();
    }
  }

  private void reachDecideDirection(ProcessInstance cycle) {
    executeAsyncContinuations();
    submitAllMemberInput(cycle);
    complete(task("UserTask_ReviewSituationReport", cycle));
    executeAsyncContinuations();
    complete(task("UserTask_ProposeDirection", cycle));
    assertThat(cycle).isWaitingAt("UserTask_DecideDirection");
  }

  private List<Task> memberTasks(ProcessInstance cycle) {
    return taskQuery().processInstanceId(cycle.getId()).taskDefinitionKey("UserTask_SubmitSituationInput").list();
  }

  private Task memberTask(ProcessInstance cycle, String group) {
    return taskQuery().processInstanceId(cycle.getId()).taskDefinitionKey("UserTask_SubmitSituationInput")
        .taskCandidateGroup(group).singleResult();
  }

  /** Runs every due async continuation (no timers) until the engine waits again. */
  private void executeAsyncContinuations() {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = managementService().createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
    Assertions.fail("async continuations did not come to rest");
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return jobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }

  private List<Job> dueTimers(ProcessInstance instance, String activityId) {
    return jobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .duedateLowerThan(ClockUtil.getCurrentTime()).list();
  }

  private void fireDueTimers(ProcessInstance instance, String activityId) {
    List<Job> due = dueTimers(instance, activityId);
    Assertions.assertThat(due).as("due timers of %s", activityId).isNotEmpty();
    due.forEach(BpmnAwareTests::execute);
  }

  private Date dateVariable(ProcessInstance instance, String name) {
    return (Date) runtimeService().getVariable(instance.getId(), name);
  }

  private static Date plusMinutes(Date date, int minutes) {
    return Date.from(date.toInstant().plus(Duration.ofMinutes(minutes)));
  }

  private static void assertCandidateGroupsExactly(Task task, String... groups) {
    for (String group : groups) {
      assertThat(task).hasCandidateGroup(group);
    }
    List<String> candidateGroups = taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
    Assertions.assertThat(candidateGroups).as("candidate groups of %s", task.getTaskDefinitionKey())
        .containsExactlyInAnyOrder(groups);
  }

}

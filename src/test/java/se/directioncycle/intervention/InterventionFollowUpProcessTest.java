package se.directioncycle.intervention;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.support.ProcessTestSupport;
import se.directioncycle.taskform.TaskForm;

/**
 * Process test of {@code bpmn/intervention-follow-up.bpmn}, started directly (as the cycle's call
 * activity would) on a plain in-memory engine with Mocks for the beans.
 */
@Deployment(resources = "bpmn/intervention-follow-up.bpmn")
class InterventionFollowUpProcessTest extends ProcessTestSupport {

  static final Instant START = Instant.parse("2027-01-04T08:00:00Z");
  static final Date QUARTER_ENDS_AT = Date.from(Instant.parse("2027-03-31T22:00:00Z"));
  static final String RESPONSIBLE = "alvkarleby-housing";
  static final String COORDINATOR = "alvkarleby-coordinator";
  static final String POLICE = "alvkarleby-police";
  static final String SCHOOL = "alvkarleby-school";

  private final AtomicInteger prepareCalls = new AtomicInteger();
  private List<String> reportingGroups = List.of(RESPONSIBLE);
  /** How instances started before ListVariable stored their groups: a serialized list. */
  private boolean groupsAsSerializedList;

  InterventionFollowUpProcessTest() {
    super(START);
  }

  @BeforeEach
  void registerMocks() {
    Mocks.register("prepareFollowUpDelegate", (JavaDelegate) execution -> {
      prepareCalls.incrementAndGet();
      execution.setVariable("responsibleGroup", RESPONSIBLE);
      execution.setVariable("reportingGroups",
          groupsAsSerializedList ? new java.util.ArrayList<>(reportingGroups) : ListVariable.of(reportingGroups));
      execution.setVariable("interventionTitle", "Trygghetsvandring i Skutskär");
    });
    // Scaffolding for the form's contract: the form edits a task-local trafficLight, and on completion the
    // form records it as the process variable lastTrafficLight for the gateway when the task went to the lead
    // (FollowUpForms decides the same from the engine's candidate group).
    Mocks.register("report-intervention-status", TaskForm.form("report-intervention-status", "trafficLight", "progressCount", "statusComment")
        .reads((input, task) -> task.getVariable("trafficLight"))
        .startsEmpty()
        .records((task, light) -> {
          if (FollowUpForms.candidateGroups(task).contains(RESPONSIBLE)) {
            task.getExecution().setVariable("lastTrafficLight", light);
          }
        }));
  }

  @Test
  void preparesTheFollowUpAndAsksTheResponsibleOrganisationForAReportWhenTheIntervalHasPassed() {
    ProcessInstance followUp = startFollowUp();

    assertThat(followUp).isWaitingAt("ServiceTask_PrepareFollowUp");
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    Assertions.assertThat(prepareCalls.get()).isEqualTo(1);
    assertThat(followUp).isWaitingAt("IntermediateCatchEvent_ReportDue");
    Job reportDue = timer(followUp, "IntermediateCatchEvent_ReportDue");
    Assertions.assertThat(reportDue.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(14))));
    Assertions.assertThat(taskQuery().processInstanceId(followUp.getId()).count()).isZero();

    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");

    assertThat(followUp).isWaitingAt("UserTask_ReportInterventionStatus");
    assertCandidateGroupsExactly(reportTask(followUp), RESPONSIBLE);
    Date reportCreatedAt = ClockUtil.getCurrentTime();
    Assertions.assertThat(timer(followUp, "BoundaryEvent_ReportOverdue").getDuedate())
        .isEqualTo(Date.from(reportCreatedAt.toInstant().plus(Duration.ofDays(7))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"green", "yellow"})
  void reportThatIsNotRedWaitsForTheNextReport(String trafficLight) {
    ProcessInstance followUp = startAndAwaitFirstReport();

    submitReport(followUp, trafficLight);

    Assertions.assertThat(runtimeService().getVariable(followUp.getId(), "lastTrafficLight")).isEqualTo(trafficLight);
    assertThat(followUp).hasPassed("Gateway_InterventionRed", "Gateway_NextReport")
        .hasNotPassed("UserTask_HandleRedIntervention");
    assertWaitingInPeriodAt(followUp, "IntermediateCatchEvent_ReportDue");
    // the overdue timer went with the completed report; the next report is due one interval later
    Assertions.assertThat(jobQuery().processInstanceId(followUp.getId()).activityId("BoundaryEvent_ReportOverdue").count())
        .isZero();
    Assertions.assertThat(timer(followUp, "IntermediateCatchEvent_ReportDue").getDuedate())
        .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))));

    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    assertThat(followUp).isWaitingAt("UserTask_ReportInterventionStatus");
    assertCandidateGroupsExactly(reportTask(followUp), RESPONSIBLE);
  }

  @Test
  void redReportIsEscalatedToTheCoordinatorAndThenTheFollowUpContinues() {
    ProcessInstance followUp = startAndAwaitFirstReport();

    submitReport(followUp, "red");

    assertWaitingInPeriodAt(followUp, "UserTask_HandleRedIntervention");
    Task escalation = task("UserTask_HandleRedIntervention", followUp);
    assertCandidateGroupsExactly(escalation, COORDINATOR);

    complete(escalation, withVariables("escalationNote", "Samtal med bostadsbolaget bokat"));

    assertThat(followUp).hasPassed("UserTask_HandleRedIntervention");
    assertWaitingInPeriodAt(followUp, "IntermediateCatchEvent_ReportDue");
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    assertThat(followUp).isWaitingAt("UserTask_ReportInterventionStatus");
  }

  @Test
  void overdueReportIsEscalatedWhileTheReportTaskStaysOpen() {
    ProcessInstance followUp = startAndAwaitFirstReport();
    Task report = reportTask(followUp);

    fireTimer(followUp, "BoundaryEvent_ReportOverdue");

    assertWaitingInPeriodAt(followUp, "UserTask_ReportInterventionStatus", "UserTask_HandleOverdueReport");
    Assertions.assertThat(reportTask(followUp).getId()).isEqualTo(report.getId());
    Task overdue = task("UserTask_HandleOverdueReport", followUp);
    assertCandidateGroupsExactly(overdue, COORDINATOR);

    complete(overdue);

    assertThat(followUp).hasPassed("EndEvent_OverdueHandled");
    assertWaitingInPeriodAt(followUp, "UserTask_ReportInterventionStatus");

    submitReport(followUp, "green");
    assertWaitingInPeriodAt(followUp, "IntermediateCatchEvent_ReportDue");
  }

  @Test
  void quarterEndCancelsEverythingAndClosesTheFollowUp() {
    ProcessInstance followUp = startAndAwaitFirstReport();
    fireTimer(followUp, "BoundaryEvent_ReportOverdue");
    assertWaitingInPeriodAt(followUp, "UserTask_ReportInterventionStatus", "UserTask_HandleOverdueReport");

    Job quarterEnded = timer(followUp, "BoundaryEvent_QuarterEnded");
    Assertions.assertThat(quarterEnded.getDuedate()).isEqualTo(QUARTER_ENDS_AT);
    ClockUtil.setCurrentTime(plusMinutes(QUARTER_ENDS_AT, 1));
    execute(dueTimer(followUp, "BoundaryEvent_QuarterEnded"));

    assertThat(followUp).hasPassed("BoundaryEvent_QuarterEnded", "EndEvent_FollowUpClosed")
        .hasNotPassed("Gateway_InterventionRed")
        .isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(followUp.getId()).count()).isZero();
    Assertions.assertThat(jobQuery().processInstanceId(followUp.getId()).count()).isZero();
  }

  @Test
  void aJointInterventionAsksTheLeadAndEachParticipantForItsOwnReportAndWaitsForAll() {
    reportingGroups = List.of(RESPONSIBLE, POLICE, SCHOOL);
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");

    List<Task> reports = taskQuery().processInstanceId(followUp.getId())
        .taskDefinitionKey("UserTask_ReportInterventionStatus").list();
    Assertions.assertThat(reports).hasSize(3);
    Assertions.assertThat(reports.stream().map(InterventionFollowUpProcessTest::onlyCandidateGroup))
        .containsExactlyInAnyOrder(RESPONSIBLE, POLICE, SCHOOL);

    submitReport(reportOf(followUp, RESPONSIBLE), "green");
    submitReport(reportOf(followUp, POLICE), "yellow");
    // the round is open until the last organisation has reported: no escalation, no next report yet
    Assertions.assertThat(jobQuery().processInstanceId(followUp.getId()).activityId("IntermediateCatchEvent_ReportDue")
        .count()).isZero();
    assertThat(followUp).hasNotPassed("Gateway_InterventionRed");

    submitReport(reportOf(followUp, SCHOOL), "green");

    assertThat(followUp).hasPassed("Gateway_InterventionRed").hasNotPassed("UserTask_HandleRedIntervention");
    assertWaitingInPeriodAt(followUp, "IntermediateCatchEvent_ReportDue");
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    Assertions.assertThat(taskQuery().processInstanceId(followUp.getId())
        .taskDefinitionKey("UserTask_ReportInterventionStatus").count()).isEqualTo(3);
  }

  @Test
  void aFollowUpWhoseGroupsAreStillASerializedListAsksEachGroupAsBefore() {
    groupsAsSerializedList = true;
    reportingGroups = List.of(RESPONSIBLE, POLICE);
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    Assertions.assertThat(runtimeService().getVariable(followUp.getId(), "reportingGroups"))
        .isInstanceOf(List.class);
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");

    Assertions.assertThat(taskQuery().processInstanceId(followUp.getId())
        .taskDefinitionKey("UserTask_ReportInterventionStatus").list().stream()
        .map(InterventionFollowUpProcessTest::onlyCandidateGroup)).containsExactlyInAnyOrder(RESPONSIBLE, POLICE);
  }

  @Test
  void aReportIsItsOwnSubmissionAndLeavesNoFieldBehind() {
    ProcessInstance followUp = followUpWithAStrictReportForm();
    Task report = reportTask(followUp);
    Assertions.assertThat(taskService().getVariablesLocal(report.getId())).as("no empty fields set beforehand")
        .doesNotContainKeys("trafficLight", "progressCount", "statusComment");

    // values that reach the process by a plain completion are not the task's submission
    Assertions.assertThatThrownBy(
        () -> taskService().complete(report.getId(), withVariables("trafficLight", "green")))
        .hasMessageContaining("Status");
    Assertions.assertThat(taskQuery().taskId(report.getId()).count()).isOne();

    submitReport(report, "green");
    Assertions.assertThat(taskQuery().taskId(report.getId()).count()).isZero();
    Assertions.assertThat(runtimeService().getVariables(followUp.getId()))
        .doesNotContainKeys("trafficLight", "progressCount", "statusComment");
  }

  @Test
  void aReportOpenSinceBeforeItsFormStartedEmptyIsStillSubmitted() {
    ProcessInstance followUp = followUpWithAStrictReportForm();
    Task report = reportTask(followUp);
    // the version before set the empty fields on the task when it was created; the engine refuses to make a stored
    // variable transient, so without care the upgrade would have left such a task impossible to submit
    taskService().setVariablesLocal(report.getId(), withVariables("trafficLight", null, "progressCount", null,
        "statusComment", null));

    submitReport(report, "yellow");

    Assertions.assertThat(taskQuery().taskId(report.getId()).count()).isZero();
    Assertions.assertThat(runtimeService().getVariable(followUp.getId(), "lastTrafficLight")).isEqualTo("yellow");
    Assertions.assertThat(runtimeService().getVariables(followUp.getId()))
        .doesNotContainKeys("trafficLight", "progressCount", "statusComment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"object", "json", "bytes", "file"})
  void aReportFieldOfAnotherTypeIsRefusedWithTheFieldsName(String kind) {
    // a submission's values are transient now: a value of any type still reaches the rules, which refuse it
    Task report = reportTask(followUpWithAStrictReportForm());
    org.camunda.bpm.engine.variable.value.TypedValue value = switch (kind) {
      case "object" -> org.camunda.bpm.engine.variable.Variables.serializedObjectValue("{}")
          .serializationDataFormat("application/json").objectTypeName("java.util.HashMap").create();
      case "json" -> org.camunda.spin.plugin.variable.SpinValues.jsonValue("{\"a\": 1}").create();
      case "bytes" -> org.camunda.bpm.engine.variable.Variables.byteArrayValue(new byte[] {1, 2});
      default -> org.camunda.bpm.engine.variable.Variables.fileValue("x.exe").file(new byte[] {1}).create();
    };
    Assertions.assertThatThrownBy(() -> formService().submitTaskForm(report.getId(),
            org.camunda.bpm.engine.variable.Variables.createVariables().putValueTyped("trafficLight", value)))
        .isInstanceOf(se.directioncycle.input.InvalidInputException.class).hasMessageContaining("Status");
  }

  /** A follow-up waiting for its first report, whose form, as the real one, starts empty and requires a colour. */
  private ProcessInstance followUpWithAStrictReportForm() {
    Mocks.register("report-intervention-status", TaskForm.form("report-intervention-status", "trafficLight",
            "progressCount", "statusComment")
        .reads((input, task) -> input.choice("trafficLight", "Status", TrafficLight.ALL, true))
        .startsEmpty()
        .records((task, light) -> task.getExecution().setVariable("lastTrafficLight", light)));
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    return followUp;
  }

  @Test
  void aFollowUpStartedBeforeJointInterventionsReportsToItsLeadAlone() {
    Assertions.assertThat(FollowUpForms.reportingGroups(null, RESPONSIBLE)).containsExactly(RESPONSIBLE);
    Assertions.assertThat(FollowUpForms.reportingGroups(RESPONSIBLE + "," + POLICE, RESPONSIBLE))
        .containsExactly(RESPONSIBLE, POLICE);
    Assertions.assertThat(FollowUpForms.reportingGroups(null, null)).isEmpty();
  }

  @Test
  void theGroupsAreOneStringVariable() {
    reportingGroups = List.of(RESPONSIBLE, POLICE);
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    Assertions.assertThat(runtimeService().getVariable(followUp.getId(), "reportingGroups"))
        .isEqualTo(RESPONSIBLE + "," + POLICE);
  }

  @Test
  void theLeadsColourDecidesTheEscalationOfAJointIntervention() {
    reportingGroups = List.of(RESPONSIBLE, POLICE);
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");

    // a participant's red is its own part: shown to all, but it does not escalate
    submitReport(reportOf(followUp, POLICE), "red");
    submitReport(reportOf(followUp, RESPONSIBLE), "green");
    assertThat(followUp).hasNotPassed("UserTask_HandleRedIntervention");
    assertWaitingInPeriodAt(followUp, "IntermediateCatchEvent_ReportDue");

    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    submitReport(reportOf(followUp, RESPONSIBLE), "red");
    submitReport(reportOf(followUp, POLICE), "green");
    assertWaitingInPeriodAt(followUp, "UserTask_HandleRedIntervention");
    assertCandidateGroupsExactly(task("UserTask_HandleRedIntervention", followUp), COORDINATOR);
  }

  @Test
  void anOverdueRoundOfAJointInterventionIsEscalatedOnce() {
    reportingGroups = List.of(RESPONSIBLE, POLICE);
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    submitReport(reportOf(followUp, RESPONSIBLE), "green");

    fireTimer(followUp, "BoundaryEvent_ReportOverdue");

    Assertions.assertThat(taskQuery().processInstanceId(followUp.getId())
        .taskDefinitionKey("UserTask_HandleOverdueReport").count()).isEqualTo(1);
    assertWaitingInPeriodAt(followUp, "UserTask_ReportInterventionStatus", "UserTask_HandleOverdueReport");
    Assertions.assertThat(onlyCandidateGroup(reportTask(followUp))).isEqualTo(POLICE);
  }

  // --- driving the process -------------------------------------------------------------------------

  private ProcessInstance startFollowUp() {
    return runtimeService().startProcessInstanceByKey("InterventionFollowUp", "alvkarleby-2027-Q1",
        withVariables(
            "interventionId", "301",
            "municipality", "alvkarleby",
            "coordinatorGroup", COORDINATOR,
            "quarterEndsAt", QUARTER_ENDS_AT,
            "followUpInterval", "P14D",
            "reportOverdueAfter", "P7D"));
  }

  private ProcessInstance startAndAwaitFirstReport() {
    ProcessInstance followUp = startFollowUp();
    execute(job("ServiceTask_PrepareFollowUp", followUp));
    fireTimer(followUp, "IntermediateCatchEvent_ReportDue");
    assertWaitingInPeriodAt(followUp, "UserTask_ReportInterventionStatus");
    return followUp;
  }

  /** Submits the report as Tasklist does: the form variables land in the task-local trafficLight. */
  private void submitReport(ProcessInstance followUp, String trafficLight) {
    submitReport(reportTask(followUp), trafficLight);
  }

  private void submitReport(Task report, String trafficLight) {
    formService().submitTaskForm(report.getId(),
        withVariables("trafficLight", trafficLight, "progressCount", 12L, "statusComment", "Enligt plan"));
  }

  private Task reportOf(ProcessInstance followUp, String group) {
    return taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("UserTask_ReportInterventionStatus")
        .taskCandidateGroup(group).singleResult();
  }

  private static String onlyCandidateGroup(Task task) {
    List<String> groups = taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    Assertions.assertThat(groups).hasSize(1);
    return groups.get(0);
  }

  private Task reportTask(ProcessInstance followUp) {
    return task("UserTask_ReportInterventionStatus", followUp);
  }

  private Job timer(ProcessInstance followUp, String activityId) {
    return jobQuery().processInstanceId(followUp.getId()).timers().activityId(activityId).singleResult();
  }

  private Job dueTimer(ProcessInstance followUp, String activityId) {
    List<Job> due = jobQuery().processInstanceId(followUp.getId()).timers().activityId(activityId)
        .duedateLowerThan(ClockUtil.getCurrentTime()).list();
    Assertions.assertThat(due).as("due timers of %s", activityId).hasSize(1);
    return due.get(0);
  }

  /** Moves the clock just past the timer's due date and fires it. */
  private void fireTimer(ProcessInstance followUp, String activityId) {
    Job timer = timer(followUp, activityId);
    Assertions.assertThat(timer).as("timer %s", activityId).isNotNull();
    Assertions.assertThat(timer.getDuedate()).isAfter(ClockUtil.getCurrentTime());
    ClockUtil.setCurrentTime(plusMinutes(timer.getDuedate(), 1));
    execute(dueTimer(followUp, activityId));
  }

  /**
   * The sub-process never ends on its own, so it is always one of the activities waiting; a waiting status report
   * waits inside its multi-instance body (one report per organisation).
   */
  private static void assertWaitingInPeriodAt(ProcessInstance followUp, String... activityIds) {
    List<String> expected = new java.util.ArrayList<>(List.of("SubProcess_FollowUpPeriod"));
    for (String activityId : activityIds) {
      expected.add(activityId);
      if (activityId.equals("UserTask_ReportInterventionStatus")) {
        expected.add(activityId + "#multiInstanceBody");
      }
    }
    assertThat(followUp).isWaitingAtExactly(expected.toArray(String[]::new));
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

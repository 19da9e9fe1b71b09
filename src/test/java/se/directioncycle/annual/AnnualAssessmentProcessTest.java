package se.directioncycle.annual;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.directioncycle.input.InvalidInputException;
import se.directioncycle.support.ProcessTestSupport;

/**
 * Process test of {@code bpmn/annual-assessment.bpmn} on a plain in-memory engine. The beans are Mocks
 * lambdas that only set the variables the next steps need; the real beans run in AnnualAssessmentIT.
 */
@Deployment(resources = "bpmn/annual-assessment.bpmn")
class AnnualAssessmentProcessTest extends ProcessTestSupport {

  static final String PROCESS_KEY = "AnnualAssessment";
  static final String BUSINESS_KEY = "kalix-2067-arsbedomning";
  static final Instant START = Instant.parse("2067-11-02T07:00:00Z");
  static final String COORDINATOR = "kalix-coordinator";
  static final String COMMISSIONER = "kalix-commissioner";

  static final String IMPORT = "UserTask_ImportSafetySurvey";
  static final String COMPILE = "ServiceTask_CompileAnnualPicture";
  static final String PREPARE = "UserTask_PrepareActionPlan";
  static final String DECIDE = "UserTask_DecideActionPlan";
  static final String REGISTER_DECISION = "ServiceTask_RegisterActionPlanDecision";
  static final String PUBLISH = "ServiceTask_PublishActionPlan";

  /** Whether the survey of the year is "stored", as the survey-import form sees it. */
  private boolean surveyStored = true;
  /** The deadline notices sent, as "<step>:<notice>" in the order the delegate ran. */
  private final List<String> notices = new java.util.ArrayList<>();

  AnnualAssessmentProcessTest() {
    super(START);
  }

  @BeforeEach
  void registerMocks() {

    delegate("registerAnnualAssessmentDelegate", execution -> {
      Instant now = ClockUtil.getCurrentTime().toInstant();
      execution.setProcessBusinessKey(BUSINESS_KEY);
      execution.setVariable("municipality", "kalix");
      execution.setVariable("periodLabel", "2067");
      execution.setVariable("assessmentId", 5L);
      execution.setVariable("coordinatorGroup", COORDINATOR);
      execution.setVariable("commissionerGroup", COMMISSIONER);
      execution.setVariable("importDueAt", Date.from(now.plus(Duration.ofDays(30))));
      execution.setVariable("planDueAt", Date.from(now.plus(Duration.ofDays(60))));
      execution.setVariable("decisionDueAt", Date.from(now.plus(Duration.ofDays(120))));
      execution.setVariable("importReminderAt", Date.from(now.plus(Duration.ofDays(23))));
      execution.setVariable("planReminderAt", Date.from(now.plus(Duration.ofDays(53))));
      execution.setVariable("decisionReminderAt", Date.from(now.plus(Duration.ofDays(113))));
    });
    delegate("compileAnnualPictureDelegate", execution -> execution.setVariable("annualPicture", "### Årets lägesbild"));
    delegate("registerActionPlanDecisionDelegate", execution -> { });
    delegate("publishActionPlanDelegate", execution -> { });
    delegate("sendAnnualDeadlineNoticeDelegate", execution -> notices.add(
        execution.getVariableLocal("step") + ":" + execution.getVariableLocal("notice")));

    form("import-safety-survey", (task, input) -> {
      if (!surveyStored) {
        throw new InvalidInputException("«Trygghetsmätning» för 2067 är inte importerad för Kalix.");
      }
      task.setVariable("surveyId", 3L);
    });
    form("prepare-action-plan");
    form("decide-action-plan");
  }

  @Test
  void startIsRefusedSynchronouslyWhenTheAssessmentCannotBeRegistered() {
    delegate("registerAnnualAssessmentDelegate", execution -> {
      throw new IllegalStateException("Det finns redan en årlig bedömning för Kalix 2067");
    });

    Assertions.assertThatThrownBy(this::start).hasMessageContaining("Det finns redan en årlig bedömning");
    Assertions.assertThat(processInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
  }

  @Test
  void theCoordinatorImportsTheSurveyPreparesThePlanAndTheBoardApprovesIt() {
    ProcessInstance instance = start();

    Assertions.assertThat(instance.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    assertThat(instance).isWaitingAt("ServiceTask_RegisterAnnualAssessment"); // asyncAfter: the start has committed
    execute(job(instance));
    assertThat(instance).isWaitingAt(IMPORT);
    assertThat(task(instance)).hasCandidateGroup(COORDINATOR).hasDueDate(Date.from(START.plus(Duration.ofDays(30))));
    complete(task(instance), withVariables("surveyFile", "år;område;fråga;andel_procent;antal_svar"));
    Assertions.assertThat(runtimeService().getVariable(instance.getId(), "surveyId")).isEqualTo(3L);

    assertThat(instance).isWaitingAt(COMPILE);
    execute(job(instance));
    assertThat(instance).isWaitingAt(PREPARE).variables().containsEntry("annualPicture", "### Årets lägesbild");
    assertThat(task(instance)).hasCandidateGroup(COORDINATOR).hasDueDate(Date.from(START.plus(Duration.ofDays(60))));
    complete(task(instance), withVariables("focusAreas", "Klotter", "measures", "Sanering", "responsible",
        "Tekniska förvaltningen", "followUp", "Kvartalsvis"));

    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(task(instance)).hasCandidateGroup(COMMISSIONER).hasDueDate(Date.from(START.plus(Duration.ofDays(120))));
    complete(task(instance), withVariables("boardDecision", "approve", "decisionDate", "2067-12-10",
        "protocolParagraph", 42L));

    assertThat(instance).isWaitingAt(REGISTER_DECISION);
    execute(job(instance));
    assertThat(instance).as("the PDF and the mail are a step of their own, not the board's request").isWaitingAt(PUBLISH);
    Assertions.assertThat(calls).doesNotContainKey("publishActionPlanDelegate");
    execute(job(instance));
    assertThat(instance).isEnded().hasPassedInOrder(IMPORT, COMPILE, PREPARE, DECIDE, REGISTER_DECISION, PUBLISH,
        "EndEvent_ActionPlanDecided");
    Assertions.assertThat(calls).containsEntry("prepare-action-plan:complete", 1).containsEntry("decide-action-plan:complete", 1)
        .containsEntry("registerActionPlanDecisionDelegate", 1).containsEntry("publishActionPlanDelegate", 1)
        .doesNotContainKey("sendAnnualDeadlineNoticeDelegate");
  }

  @Test
  void aReturnedPlanGoesBackToTheCoordinatorWithTheBoardsComment() {
    ProcessInstance instance = startAndCompile();
    complete(task(instance), withVariables("focusAreas", "Klotter", "measures", "Sanering", "responsible",
        "Tekniska förvaltningen", "followUp", "Kvartalsvis"));
    complete(task(instance), withVariables("boardDecision", "return", "boardComment", "Lägg till buskörning."));

    assertThat(instance).isWaitingAt(PREPARE).variables().containsEntry("boardComment", "Lägg till buskörning.");
    assertThat(task(instance)).hasCandidateGroup(COORDINATOR);
    Assertions.assertThat(calls).doesNotContainKey("registerActionPlanDecisionDelegate");

    complete(task(instance), withVariables("focusAreas", "Klotter och buskörning"));
    assertThat(instance).isWaitingAt(DECIDE);
    complete(task(instance), withVariables("boardDecision", "approve", "decisionDate", "2067-12-10",
        "protocolParagraph", 43L));
    runJobs(instance.getId());

    assertThat(instance).isEnded();
    Assertions.assertThat(calls).containsEntry("prepare-action-plan:complete", 2).containsEntry("decide-action-plan:complete", 2)
        .containsEntry("registerActionPlanDecisionDelegate", 1).containsEntry("publishActionPlanDelegate", 1);
  }

  @Test
  void theImportTaskStaysOpenUntilTheSurveyIsStored() {
    surveyStored = false;
    ProcessInstance instance = start();
    execute(job(instance));
    Task importTask = task(instance);

    Assertions.assertThatThrownBy(() -> taskService().complete(importTask.getId()))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("«Trygghetsmätning» för 2067 är inte importerad");
    assertThat(instance).isWaitingAt(IMPORT);
    Assertions.assertThat(taskService().createTaskQuery().taskId(importTask.getId()).count()).isEqualTo(1);

    surveyStored = true;
    complete(importTask);
    assertThat(instance).isWaitingAt(COMPILE);
  }

  @Test
  void eachTaskIsRemindedBeforeItsDueDateAndReportedOverdueAfterItAndTheAssessmentStillCompletes() {
    ProcessInstance instance = start();
    execute(job(instance));
    assertThat(instance).isWaitingAt(IMPORT);

    // the survey import: the reminder at its configured time, the overdue notice at the due date; the task stays
    passTimers(instance, "Import", "importReminderAt", "importDueAt");
    Assertions.assertThat(notices).containsExactly("import:reminder", "import:overdue");
    assertThat(instance).isWaitingAt(IMPORT).hasPassed("EndEvent_ImportReminderSent", "EndEvent_ImportOverdueSent");
    complete(task(instance));
    execute(job(instance));

    // the action plan (its due date lies ahead of the clock, so its timers wait)
    passTimers(instance, "Plan", "planReminderAt", "planDueAt");
    Assertions.assertThat(notices).containsExactly("import:reminder", "import:overdue", "plan:reminder", "plan:overdue");
    complete(task(instance), withVariables("focusAreas", "Klotter"));

    // the board's decision
    passTimers(instance, "Decision", "decisionReminderAt", "decisionDueAt");
    Assertions.assertThat(notices).containsExactly("import:reminder", "import:overdue", "plan:reminder", "plan:overdue",
        "decision:reminder", "decision:overdue");
    assertThat(task(instance)).hasCandidateGroup(COMMISSIONER);
    complete(task(instance), withVariables("boardDecision", "approve", "decisionDate", "2067-12-10",
        "protocolParagraph", 44L));
    runJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(PUBLISH, "EndEvent_ActionPlanDecided");
    Assertions.assertThat(notices).as("no notice after the tasks are done").hasSize(6);
    Assertions.assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  /**
   * The step's reminder is due exactly at `<reminderVariable>` and its overdue notice at `<dueVariable>` (the task's
   * due date): neither fires a minute before, each fires a minute after, and the task stays open.
   */
  private void passTimers(ProcessInstance instance, String step, String reminderVariable, String dueVariable) {
    String task = task(instance).getId();
    Job reminder = timer(instance, "BoundaryEvent_" + step + "Reminder");
    Job overdue = timer(instance, "BoundaryEvent_" + step + "Overdue");
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(runtimeService().getVariable(instance.getId(), reminderVariable));
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(runtimeService().getVariable(instance.getId(), dueVariable))
        .isEqualTo(task(instance).getDueDate());
    int before = notices.size();

    ClockUtil.setCurrentTime(plusMinutes(reminder.getDuedate(), -1));
    runJobs(instance.getId());
    Assertions.assertThat(notices).as("nothing before the reminder time").hasSize(before);
    ClockUtil.setCurrentTime(plusMinutes(reminder.getDuedate(), 1));
    runJobs(instance.getId());
    Assertions.assertThat(notices).hasSize(before + 1);

    ClockUtil.setCurrentTime(plusMinutes(overdue.getDuedate(), -1));
    runJobs(instance.getId());
    Assertions.assertThat(notices).as("nothing more before the due date").hasSize(before + 1);
    ClockUtil.setCurrentTime(plusMinutes(overdue.getDuedate(), 1));
    runJobs(instance.getId());
    Assertions.assertThat(notices).hasSize(before + 2);
    Assertions.assertThat(task(instance).getId()).as("non-interrupting: the same task is still open").isEqualTo(task);
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return jobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }

  private static Date plusMinutes(Date date, int minutes) {
    return Date.from(date.toInstant().plus(Duration.ofMinutes(minutes)));
  }

  private ProcessInstance startAndCompile() {
    ProcessInstance instance = start();
    execute(job(instance));
    complete(task(instance));
    execute(job(instance));
    assertThat(instance).isWaitingAt(PREPARE);
    return instance;
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables("year", 2067));
  }

}

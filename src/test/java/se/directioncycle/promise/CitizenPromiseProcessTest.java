package se.directioncycle.promise;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.support.ProcessTestSupport;

/**
 * Process test of {@code bpmn/citizen-promise-cycle.bpmn} on a plain in-memory engine. The beans are Mocks
 * lambdas that set the variables the next steps need, as the real ones do; the real beans run in
 * CitizenPromisePeriodIT.
 */
@Deployment(resources = "bpmn/citizen-promise-cycle.bpmn")
class CitizenPromiseProcessTest extends ProcessTestSupport {

  static final String PROCESS_KEY = "CitizenPromiseCycle";
  static final String BUSINESS_KEY = "kalix-2069-2070";
  static final Instant START = Instant.parse("2068-09-01T07:00:00Z");
  static final Date FIRST_FOLLOW_UP = Date.from(Instant.parse("2069-12-01T07:00:00Z"));
  static final Date SECOND_FOLLOW_UP = Date.from(Instant.parse("2070-12-01T07:00:00Z"));
  static final String COORDINATOR = "kalix-coordinator";
  static final String POLICE = "kalix-police";

  static final String DIALOGUE = "UserTask_RecordDialogue";
  static final String FOCUS = "UserTask_DecideFocusAreas";
  static final String DRAFT = "UserTask_DraftPromises";
  static final String REVIEW = "UserTask_ReviewPromises";
  static final String SIGN_COMMISSIONER = "UserTask_SignAsCommissioner";
  static final String SIGN_POLICE_CHIEF = "UserTask_SignAsPoliceChief";
  static final String JUDGE = "UserTask_JudgeCommitment";
  static final String COMMENT = "UserTask_CommentProgress";
  static final String FEEDBACK = "UserTask_WriteFeedbackReport";

  private final List<Integer> countedYears = new ArrayList<>();

  CitizenPromiseProcessTest() {
    super(START);
  }

  @BeforeEach
  void registerMocks() {

    delegate("registerPromisePeriodDelegate", execution -> {
      execution.setProcessBusinessKey(BUSINESS_KEY);
      execution.setVariable("municipality", "kalix");
      execution.setVariable("periodLabel", "2069–2070");
      execution.setVariable("promisePeriodId", 9L);
      execution.setVariable("endYear", 2070);
      execution.setVariable("coordinatorGroup", COORDINATOR);
      execution.setVariable("policeGroup", POLICE);
      execution.setVariable("steeringGroup", "kalix-steering-group");
      execution.setVariable("commissionerGroup", "kalix-commissioner");
      execution.setVariable("policeChiefGroup", "kalix-police-chief");
      execution.setVariable("dialogueKinds", ListVariable.of(List.of("CITIZEN", "STAFF", "COUNCIL")));
      execution.setVariable("dialoguesDueAt", Date.from(START.plusSeconds(60L * 86_400)));
      execution.setVariable("followUpYear", 2069);
      execution.setVariable("followUpDueAt", FIRST_FOLLOW_UP);
    });
    delegate("compileStatisticsAnalysisDelegate", execution -> execution.setVariable("statisticsAnalysis", "### Analys"));
    delegate("publishPromisesDelegate", execution -> { });
    delegate("computeCommitmentProgressDelegate", execution -> {
      countedYears.add((Integer) execution.getVariable("followUpYear"));
      execution.setVariable("followUpGroups", ListVariable.of(List.of(POLICE, COORDINATOR)));
      // the first year has a qualitative commitment led by the municipality; the second none (the task is skipped)
      boolean firstYear = (Integer) execution.getVariable("followUpYear") == 2069;
      execution.setVariable("qualitativeCommitments", ListVariable.of(firstYear ? List.of("41") : List.of()));
      execution.setVariable("judgeGroups", new java.util.HashMap<>(java.util.Map.of("41", COORDINATOR)));
      execution.setVariable("commentDueAt", Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(21L * 86_400)));
    });
    delegate("registerFollowUpDelegate", execution -> {
      int year = (Integer) execution.getVariable("followUpYear");
      execution.setVariable("periodEnded", year >= 2070);
      if (year < 2070) {
        execution.setVariable("followUpYear", year + 1);
        execution.setVariable("followUpDueAt", SECOND_FOLLOW_UP);
      }
    });
    delegate("publishFeedbackReportDelegate", execution -> { });
    for (String form : List.of("record-dialogue", "decide-focus-areas", "draft-promises", "review-promises",
        "judge-commitment", "comment-progress", "write-feedback-report")) {
      form(form);
    }
    // both signature tasks use one form: count per signatory, as the model names it
    form("sign-promises", (task, input) -> calls.merge("sign-promises:" + task.getVariable("signatory"), 1,
        Integer::sum));
  }

  @Test
  void startIsRefusedSynchronouslyWhenThePeriodCannotBeRegistered() {
    delegate("registerPromisePeriodDelegate", execution -> {
      throw new IllegalStateException("Det finns redan medborgarlöften för Kalix 2069–2070");
    });

    Assertions.assertThatThrownBy(this::start).hasMessageContaining("Det finns redan medborgarlöften");
    Assertions.assertThat(processInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
  }

  @Test
  void aWholePeriodFromDialoguesToTheFeedbackReport() {
    ProcessInstance instance = start();
    Assertions.assertThat(instance.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    runJobs(instance.getId());

    List<Task> dialogues = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DIALOGUE).list();
    Assertions.assertThat(dialogues).hasSize(3);
    for (Task dialogue : dialogues) {
      assertThat(dialogue).hasCandidateGroup(COORDINATOR).hasCandidateGroup(POLICE)
          .hasDueDate(Date.from(START.plusSeconds(60L * 86_400)));
    }
    Assertions.assertThat(dialogues.stream().map(t -> runtimeService().getVariable(t.getExecutionId(), "dialogueKind")))
        .containsExactlyInAnyOrder("CITIZEN", "STAFF", "COUNCIL");
    // each dialogue's fields are local to its task: one dialogue's answers never show in another's form
    complete(dialogues.get(0), withVariables("places", "Kalix centrum"));
    Assertions.assertThat(runtimeService().getVariable(dialogues.get(1).getExecutionId(), "places")).isEqualTo("");
    dialogues.subList(1, 3).forEach(BpmnAwareTests::complete);
    runJobs(instance.getId());

    assertThat(instance).isWaitingAt(FOCUS).variables().containsEntry("statisticsAnalysis", "### Analys");
    completeOnly(instance, FOCUS);
    completeOnly(instance, DRAFT);
    assertThat(onlyTask(instance, REVIEW)).hasCandidateGroup("kalix-steering-group");
    completeOnly(instance, REVIEW, "reviewDecision", "approve");

    assertThat(instance).isWaitingAt(SIGN_COMMISSIONER, SIGN_POLICE_CHIEF);
    assertThat(onlyTask(instance, SIGN_COMMISSIONER)).hasCandidateGroup("kalix-commissioner");
    assertThat(onlyTask(instance, SIGN_POLICE_CHIEF)).hasCandidateGroup("kalix-police-chief");
    completeOnly(instance, SIGN_COMMISSIONER, "signature", "sign");
    runJobs(instance.getId());
    assertThat(instance).isWaitingAt(SIGN_POLICE_CHIEF); // not in force until both have signed
    Assertions.assertThat(calls).doesNotContainKey("publishPromisesDelegate");
    completeOnly(instance, SIGN_POLICE_CHIEF, "signature", "sign");
    runJobs(instance.getId());

    assertThat(instance).isWaitingAt("TimerEvent_FollowUpDue");
    Assertions.assertThat(calls).containsEntry("publishPromisesDelegate", 1);
    Job timer = timer(instance);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(FIRST_FOLLOW_UP);

    followUpYear(instance, FIRST_FOLLOW_UP);
    assertThat(instance).isWaitingAt("TimerEvent_FollowUpDue");
    Assertions.assertThat(timer(instance).getDuedate()).isEqualTo(SECOND_FOLLOW_UP);
    followUpYear(instance, SECOND_FOLLOW_UP);

    assertThat(instance).isWaitingAt(FEEDBACK);
    assertThat(onlyTask(instance, FEEDBACK)).hasCandidateGroup(COORDINATOR);
    completeOnly(instance, FEEDBACK);
    runJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("ServiceTask_PublishFeedbackReport", "EndEvent_PromisePeriodClosed");
    Assertions.assertThat(countedYears).containsExactly(2069, 2070);
    Assertions.assertThat(calls).containsEntry("record-dialogue:create", 3)
        .containsEntry("record-dialogue:complete", 3).containsEntry("comment-progress:complete", 4)
        .containsEntry("publishFeedbackReportDelegate", 1);
  }

  @Test
  void thePoliceChiefMaySignFirst() {
    ProcessInstance instance = startAndReachSignatures();
    completeOnly(instance, SIGN_POLICE_CHIEF, "signature", "sign");
    runJobs(instance.getId());
    assertThat(instance).isWaitingAt(SIGN_COMMISSIONER);
    completeOnly(instance, SIGN_COMMISSIONER, "signature", "sign");
    runJobs(instance.getId());
    assertThat(instance).isWaitingAt("TimerEvent_FollowUpDue").hasPassed("ServiceTask_PublishPromises");
  }

  @Test
  void aRefusedSignatureCancelsTheOtherAndReturnsTheDraft() {
    ProcessInstance instance = startAndReachSignatures();
    completeOnly(instance, SIGN_COMMISSIONER, "signature", "sign");
    runJobs(instance.getId());
    completeOnly(instance, SIGN_POLICE_CHIEF, "signature", "refuse", "refusalReason", "Målet för trafik är för lågt.");
    runJobs(instance.getId());

    assertThat(instance).isWaitingAt(DRAFT).hasPassed("EndEvent_PoliceChiefRefused");
    Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    Assertions.assertThat(calls).doesNotContainKey("publishPromisesDelegate");

    // the revised draft is reviewed and both sign again
    completeOnly(instance, DRAFT);
    completeOnly(instance, REVIEW, "reviewDecision", "approve");
    assertThat(instance).isWaitingAt(SIGN_COMMISSIONER, SIGN_POLICE_CHIEF);
    completeOnly(instance, SIGN_COMMISSIONER, "signature", "sign");
    completeOnly(instance, SIGN_POLICE_CHIEF, "signature", "sign");
    runJobs(instance.getId());
    assertThat(instance).isWaitingAt("TimerEvent_FollowUpDue");
  }

  @Test
  void theCommissionerRefusingWhileThePoliceChiefHasNotAnsweredEndsBothTasks() {
    ProcessInstance instance = startAndReachSignatures();
    completeOnly(instance, SIGN_COMMISSIONER, "signature", "refuse", "refusalReason", "Oklart vem som ansvarar.");
    runJobs(instance.getId());

    assertThat(instance).isWaitingAt(DRAFT).hasPassed("EndEvent_CommissionerRefused");
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(SIGN_POLICE_CHIEF).canceled().count()).isEqualTo(1);
    Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SIGN_POLICE_CHIEF).count())
        .isZero();
  }

  @Test
  void aReturnedReviewGoesBackToDrafting() {
    ProcessInstance instance = startAndReachReview();
    completeOnly(instance, REVIEW, "reviewDecision", "return", "reviewComment", "Lägg till ett mål för trygghetsvandringar.");

    assertThat(instance).isWaitingAt(DRAFT);
    assertThat(onlyTask(instance, DRAFT)).hasCandidateGroup(COORDINATOR).hasCandidateGroup(POLICE);
    Assertions.assertThat(calls).containsEntry("draft-promises:create", 2)
        .doesNotContainKey("sign-promises:COMMISSIONER");
  }

  private ProcessInstance startAndReachReview() {
    ProcessInstance instance = start();
    runJobs(instance.getId());
    taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DIALOGUE).list()
        .forEach(BpmnAwareTests::complete);
    runJobs(instance.getId());
    completeOnly(instance, FOCUS);
    completeOnly(instance, DRAFT);
    assertThat(instance).isWaitingAt(REVIEW);
    return instance;
  }

  private ProcessInstance startAndReachSignatures() {
    ProcessInstance instance = startAndReachReview();
    completeOnly(instance, REVIEW, "reviewDecision", "approve");
    assertThat(instance).isWaitingAt(SIGN_COMMISSIONER, SIGN_POLICE_CHIEF);
    return instance;
  }

  /** Moves the clock to the follow-up day, fires the timer and lets both groups comment. */
  private void followUpYear(ProcessInstance instance, Date due) {
    ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
    Assertions.assertThat(jobQuery().processInstanceId(instance.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(due);
    runJobs(instance.getId());
    List<Task> judgements = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(JUDGE).list();
    if (due.equals(FIRST_FOLLOW_UP)) {
      Assertions.assertThat(judgements).as("one judgement per qualitative commitment, for its lead's group")
          .singleElement().satisfies(t -> Assertions.assertThat(extension.getProcessEngine().getTaskService()
              .getIdentityLinksForTask(t.getId())).extracting(l -> l.getGroupId()).containsExactly(COORDINATOR));
      Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(COMMENT).count())
          .as("the comments come after the judgements").isZero();
      judgements.forEach(t -> complete(t, withVariables("commitmentOutcome", "partly",
          "commitmentNarrative", "Två av fyra vandringar.")));
      runJobs(instance.getId());
    } else {
      Assertions.assertThat(judgements).as("no qualitative commitment: no judgement task").isEmpty();
    }
    List<Task> comments = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(COMMENT).list();
    Assertions.assertThat(comments).hasSize(2);
    Assertions.assertThat(comments.stream().flatMap(t -> extension.getProcessEngine().getTaskService()
        .getIdentityLinksForTask(t.getId()).stream()).map(l -> l.getGroupId()))
        .containsExactlyInAnyOrder(POLICE, COORDINATOR);
    comments.forEach(t -> complete(t, withVariables("progressComment", "Enligt plan.")));
    runJobs(instance.getId());
  }

  private Job timer(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private Task onlyTask(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void completeOnly(ProcessInstance instance, String key, Object... variables) {
    Task task = onlyTask(instance, key);
    Assertions.assertThat(task).as("open task " + key).isNotNull();
    if (variables.length == 0) {
      complete(task);
    } else {
      complete(task, withVariables(variables[0].toString(), variables[1], java.util.Arrays.copyOfRange(variables, 2, variables.length)));
    }
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables("startYear", 2069));
  }

}

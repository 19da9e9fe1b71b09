package se.directioncycle.agreement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import se.directioncycle.taskform.TaskForm;

/**
 * Process test of {@code bpmn/cooperation-agreement.bpmn} on a plain in-memory engine. The delegates are Mocks
 * lambdas that set what the next steps need and remember what they were called with; the renewal task's listener
 * is the real one (it needs no beans), so its rules run on completion. The real beans run in CooperationAgreementIT.
 */
@Deployment(resources = "bpmn/cooperation-agreement.bpmn")
class CooperationAgreementProcessTest extends ProcessTestSupport {

  static final String PROCESS_KEY = "CooperationAgreement";
  static final String BUSINESS_KEY = "kalix-samverkan-2071-01-01";
  static final String COORDINATOR = "kalix-coordinator";
  static final Instant START = Instant.parse("2073-06-01T07:00:00Z");
  static final Instant RENEWAL_DUE = Instant.parse("2073-10-02T22:00:00Z");
  static final Instant EXPIRES = Instant.parse("2073-12-31T23:00:00Z");

  static final String REGISTER = "ServiceTask_RegisterCooperationAgreement";
  static final String TIMER = "TimerEvent_RenewalDue";
  static final String RENEW = "UserTask_RenewCooperationAgreement";
  static final String RECORD = "ServiceTask_RecordRenewalOutcome";
  static final String EXPIRED = "BoundaryEvent_AgreementExpired";
  static final String MARK_EXPIRED = "ServiceTask_MarkAgreementExpired";

  private Instant renewalDueAt = RENEWAL_DUE;
  private final List<Map<String, Object>> recorded = new ArrayList<>();
  private final List<Long> markedExpired = new ArrayList<>();

  CooperationAgreementProcessTest() {
    super(START);
  }

  @BeforeEach
  void registerMocks() {

    Mocks.register("registerCooperationAgreementDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(BUSINESS_KEY);
      execution.setVariable("municipality", "kalix");
      execution.setVariable("periodLabel", "2071-01-01–2073-12-31");
      execution.setVariable("agreementId", 7L);
      execution.setVariable("coordinatorGroup", COORDINATOR);
      execution.setVariable("renewalDueAt", Date.from(renewalDueAt));
      execution.setVariable("expiresAt", Date.from(EXPIRES));
    });
    Mocks.register("renew-cooperation-agreement", new AgreementForms().renewCooperationAgreement());
    Mocks.register("recordRenewalOutcomeDelegate", (JavaDelegate) execution -> recorded.add(Map.of(
        "agreementId", execution.getVariable("agreementId"),
        "decision", TaskForm.read(execution, (input, scope) -> RenewalDecision.read(input)))));
    Mocks.register("markAgreementExpiredDelegate",
        (JavaDelegate) execution -> markedExpired.add(CooperationAgreementVariables.agreementId(execution)));
  }

  @Test
  void startIsRefusedSynchronouslyWhenTheAgreementCannotBeRegistered() {
    Mocks.register("registerCooperationAgreementDelegate", (JavaDelegate) execution -> {
      throw new InvalidInputException("Det finns redan en samverkansöverenskommelse för Kalix som gäller från 2071-01-01.");
    });

    Assertions.assertThatThrownBy(this::start).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Det finns redan en samverkansöverenskommelse");
    Assertions.assertThat(processInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
  }

  @Test
  void theRenewalTaskComesWhenTheTimerIsDueAndARenewalIsRecorded() {
    ProcessInstance instance = start();
    Assertions.assertThat(instance.getBusinessKey()).isEqualTo(BUSINESS_KEY);
    assertThat(instance).isWaitingAt(REGISTER); // asyncAfter: the start has committed
    execute(job(instance));

    assertThat(instance).isWaitingAt(TIMER);
    Job timer = job(TIMER, instance);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(RENEWAL_DUE));
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    Assertions.assertThat(executableJobs(instance)).as("not due before its date").isZero();

    ClockUtil.setCurrentTime(Date.from(RENEWAL_DUE.minus(Duration.ofMinutes(1))));
    Assertions.assertThat(executableJobs(instance)).isZero();
    ClockUtil.setCurrentTime(Date.from(RENEWAL_DUE.plus(Duration.ofMinutes(1))));
    Assertions.assertThat(executableJobs(instance)).isEqualTo(1);
    execute(timer);

    assertThat(instance).isWaitingAt(RENEW);
    assertThat(task(instance)).hasCandidateGroup(COORDINATOR).hasDueDate(Date.from(EXPIRES)).isNotAssigned();
    Assertions.assertThat(job(EXPIRED, instance).getDuedate()).isEqualTo(Date.from(EXPIRES));

    complete(task(instance), withVariables("renewalOutcome", "renewed",
        "renewalNote", "Ersätts av Samverkansöverenskommelse 2074–2076."));
    assertThat(instance).isWaitingAt(RECORD);
    Assertions.assertThat(managementService().createJobQuery().activityId(EXPIRED).count())
        .as("the expiry timer is gone once the task is done").isZero();
    execute(job(instance));

    assertThat(instance).isEnded().hasPassedInOrder(REGISTER, TIMER, RENEW, RECORD, "EndEvent_RenewalDecided")
        .hasNotPassed(EXPIRED, MARK_EXPIRED);
    Assertions.assertThat(recorded).containsExactly(Map.of("agreementId", 7L, "decision",
        new RenewalDecision(RenewalOutcome.RENEWED, "Ersätts av Samverkansöverenskommelse 2074–2076.")));
    Assertions.assertThat(markedExpired).isEmpty();
  }

  @Test
  void notRenewedIsRecordedWithoutANote() {
    ProcessInstance instance = startAndWaitForRenewal();

    complete(task(instance), withVariables("renewalOutcome", "notRenewed"));
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_RenewalDecided").hasNotPassed(MARK_EXPIRED);
    Assertions.assertThat(recorded).containsExactly(Map.of("agreementId", 7L, "decision",
        new RenewalDecision(RenewalOutcome.NOT_RENEWED, null)));
  }

  @Test
  void badRenewalInputLeavesTheTaskOpen() {
    ProcessInstance instance = startAndWaitForRenewal();
    Task renewal = task(instance);

    Assertions.assertThatThrownBy(() -> taskService().complete(renewal.getId(), withVariables("renewalOutcome", "renewed")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("«Kommentar» måste fyllas i när");
    Assertions.assertThatThrownBy(() -> taskService().complete(renewal.getId(), withVariables("renewalOutcome", "kanske")))
        .hasMessageContaining("«Utfall» har ett värde som inte finns bland valen");
    Assertions.assertThatThrownBy(() -> taskService().complete(renewal.getId(), withVariables("renewalOutcome", "renewed",
        "renewalNote", "Ring 070-123 45 67 om den nya")))
        .hasMessageContaining("«Kommentar»").hasMessageContaining("telefonnummer");

    assertThat(instance).isWaitingAt(RENEW);
    Assertions.assertThat(taskService().createTaskQuery().taskId(renewal.getId()).count()).isEqualTo(1);
    Assertions.assertThat(recorded).isEmpty();
  }

  @Test
  void anAgreementThatRunsOutBeforeAnyoneDecidesIsMarkedExpired() {
    ProcessInstance instance = startAndWaitForRenewal();
    Job expiry = job(EXPIRED, instance);

    ClockUtil.setCurrentTime(Date.from(EXPIRES.minus(Duration.ofMinutes(1))));
    Assertions.assertThat(executableJobs(instance)).isZero();
    ClockUtil.setCurrentTime(Date.from(EXPIRES.plus(Duration.ofMinutes(1))));
    Assertions.assertThat(executableJobs(instance)).isEqualTo(1);
    execute(expiry);

    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count())
        .as("interrupting: the renewal task is closed").isZero();
    assertThat(instance).isWaitingAt(MARK_EXPIRED);
    execute(job(instance));

    assertThat(instance).isEnded().hasPassedInOrder(RENEW, EXPIRED, MARK_EXPIRED, "EndEvent_AgreementExpired")
        .hasNotPassed(RECORD);
    Assertions.assertThat(markedExpired).containsExactly(7L);
    Assertions.assertThat(recorded).isEmpty();
  }

  @Test
  void aRenewalDateAlreadyPassedGivesTheTaskAtOnce() {
    renewalDueAt = START.minus(Duration.ofDays(3));
    ProcessInstance instance = start();
    execute(job(instance));

    Assertions.assertThat(executableJobs(instance)).as("the timer is due at once").isEqualTo(1);
    execute(job(TIMER, instance));
    assertThat(instance).isWaitingAt(RENEW);
    assertThat(task(instance)).hasCandidateGroup(COORDINATOR);
  }

  private ProcessInstance startAndWaitForRenewal() {
    ProcessInstance instance = start();
    execute(job(instance));
    ClockUtil.setCurrentTime(Date.from(RENEWAL_DUE.plus(Duration.ofHours(1))));
    execute(job(TIMER, instance));
    assertThat(instance).isWaitingAt(RENEW);
    return instance;
  }

  private long executableJobs(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).executable().count();
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables("title", "Samverkansöverenskommelse",
        "parties", "Kalix kommun, Polisen", "validFrom", "2071-01-01", "validTo", "2073-12-31"));
  }
}

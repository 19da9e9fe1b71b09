package se.directioncycle.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.taskform.TaskForm;

/**
 * What every process test shares: the in-memory engine of {@code camunda-unit.cfg.xml}, camunda-bpm-assert bound to
 * it, the engine clock set to the test's start before each test and reset after, Mocks beans that count their calls.
 * A subclass adds {@code @Deployment} with its model and registers its mocks in its own {@code @BeforeEach}, which
 * runs after this one.
 */
public abstract class ProcessTestSupport {

  /** One per test instance: the extension keeps per-class state, so a shared static one breaks the next class. */
  @RegisterExtension
  protected final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

  /** Calls per mocked bean name. */
  protected final Map<String, Integer> calls = new ConcurrentHashMap<>();

  private final Instant start;

  protected ProcessTestSupport(Instant start) {
    this.start = start;
  }

  @BeforeEach
  final void bindEngineAndSetClock() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(start));
    // the models read their list variables through this bean: the real one, as in production
    Mocks.register("listVariable", new ListVariable());
  }

  @AfterEach
  final void resetMocksAndClock() {
    Mocks.reset();
    ClockUtil.reset();
    // the assertions keep their engine in a thread-local: do not leak the "unit" engine into later tests
    BpmnAwareTests.reset();
  }

  /** Registers a delegate bean under the model's name that counts its calls in {@link #calls}. */
  protected void delegate(String beanName, JavaDelegate body) {
    Mocks.register(beanName, (JavaDelegate) execution -> {
      calls.merge(beanName, 1, Integer::sum);
      body.execute(execution);
    });
  }

  /**
   * Registers the form with this id for the model's user tasks: it records nothing and counts its tasks' creations
   * and completions in {@link #calls} ({@code "<form>:create"}, {@code "<form>:complete"}); {@code onComplete}
   * stands in for what the real form records that the model reads (a gateway's variable, say).
   */
  protected void form(String formId, TaskForm.Outcome<Object> onComplete) {
    Mocks.register(formId, TaskForm.form(formId).reads((input, task) -> null)
        .prepares(task -> calls.merge(formId + ":create", 1, Integer::sum))
        .records((task, input) -> {
          calls.merge(formId + ":complete", 1, Integer::sum);
          onComplete.record(task, input);
        }));
  }

  protected void form(String formId) {
    form(formId, (task, input) -> { });
  }

  /** Runs every due job of the instance (async continuations, due timers) until none is left. */
  protected void runJobs(String processInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = BpmnAwareTests.jobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(BpmnAwareTests::execute);
    }
    throw new AssertionError("jobs kept coming after 50 rounds");
  }
}

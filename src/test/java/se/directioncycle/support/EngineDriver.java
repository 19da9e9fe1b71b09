package se.directioncycle.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Plays the job executor in tests: runs due jobs and moves the engine clock instead of waiting. */
@Component
public class EngineDriver {

  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;

  EngineDriver(ManagementService managementService, RuntimeService runtimeService, TaskService taskService,
      FormService formService) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
  }

  /**
   * Evaluates, as the responsible organisations would ("stop"), every intervention an earlier decision left for this
   * cycle, then runs its due jobs. Tests share the municipalities, so another test's decision may be the previous one.
   */
  public void evaluateEarlierInterventions(String cycle) {
    for (var task : taskService.createTaskQuery().processInstanceBusinessKey(cycle)
        .taskDefinitionKey(QuarterScenario.EVALUATE).list()) {
      formService.submitTaskForm(task.getId(), Map.of("implementationStatus", "done", "trafficLight", "green",
          "outputAgainstTarget", "Enligt plan", "recommendation", "stop"));
    }
    runDueJobs(cycle);
  }

  /**
   * Executes the due jobs of the cycles with these business keys (their follow-up processes share
   * the key) until none are left; other tests' cycles are left alone.
   */
  public int runDueJobs(String... businessKeys) {
    int executed = 0;
    for (int round = 0; round < 200; round++) {
      Set<String> instances = runtimeService.createProcessInstanceQuery().list().stream()
          .filter(p -> Set.of(businessKeys).contains(p.getBusinessKey()))
          .map(ProcessInstance::getId).collect(Collectors.toSet());
      List<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(j -> instances.contains(j.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        if (managementService.createJobQuery().jobId(job.getId()).count() == 1) {
          managementService.executeJob(job.getId());
          executed++;
        }
      }
    }
    throw new IllegalStateException("Jobs keep coming after 200 rounds");
  }

  /**
   * Executes every due job until none are left. Only for a database that one test has to itself
   * (the benchmark); a failing job fails the caller.
   */
  public int runAllDueJobs() {
    int executed = 0;
    for (int round = 0; round < 200; round++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
          executed++;
        } catch (ProcessEngineException e) {
          // an earlier job of this round may have removed it (e.g. a quarter-end timer cancels report timers)
          if (managementService.createJobQuery().jobId(job.getId()).count() > 0) {
            throw e;
          }
        }
      }
    }
    throw new IllegalStateException("Jobs keep coming after 200 rounds");
  }

  public void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  public void setClock(Date date) {
    ClockUtil.setCurrentTime(date);
  }

  public void resetClock() {
    ClockUtil.reset();
  }
}

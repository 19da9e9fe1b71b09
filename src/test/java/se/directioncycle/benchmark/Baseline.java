package se.directioncycle.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare-engine baseline: a plain Camunda engine (full history, no Spring, no application code) runs one
 * synthetic process instance per application cycle, with the same total number of activity instances,
 * about the same number of user tasks completed and of jobs executed per instance.
 */
final class Baseline {

  /** {@code statementProfile}: with -Dbenchmark.statements=N, the N most frequent statements, as the app's. */
  record Result(int instances, long activities, long userTasks, long jobs, double seconds, long statements,
      String statementProfile) {}

  private Baseline() {}

  static Result run(String jdbcUrl, QuarterBenchmark.Result app) {
    int instances = app.cyclesOpened();
    int userTasks = (int) (app.userTasksCompleted() / instances);
    int jobs = (int) (app.jobsExecuted() / instances);
    int activitiesEach = (int) (app.activities() / instances);
    int extra = (int) (app.activities() % instances);
    int syncTasks = Math.max(0, activitiesEach - 2 - userTasks - jobs); // 2: start and end event

    SqlRecorder statements = new SqlRecorder();
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername("sa");
    pool.setPassword("");
    ProcessEngine engine = new StandaloneProcessEngineConfiguration()
        .setProcessEngineName("baseline")
        .setDataSource(statements.wrap(pool))
        .setDatabaseSchemaUpdate("true")
        .setHistory("full")
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment()
          .addModelInstance("baseline.bpmn", model("baseline", userTasks, jobs, syncTasks))
          .addModelInstance("baseline-plus.bpmn", model("baselinePlus", userTasks, jobs, syncTasks + 1))
          .deploy();
      RuntimeService runtime = engine.getRuntimeService();
      TaskService tasks = engine.getTaskService();
      ManagementService management = engine.getManagementService();
      statements.reset();
      int profiled = Integer.getInteger("benchmark.statements", 0);
      if (profiled > 0) {
        statements.startRecording();
      }
      long start = System.nanoTime();
      for (int i = 0; i < instances; i++) {
        String id = runtime.startProcessInstanceByKey(i < extra ? "baselinePlus" : "baseline").getId();
        for (int u = 0; u < userTasks; u++) {
          tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
        }
        for (int j = 0; j < jobs; j++) {
          management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());
        }
      }
      double seconds = QuarterBenchmark.seconds(start);
      long counted = statements.statements();
      String profile = SqlRecorder.profile("bare engine", statements.stopRecording(), profiled, instances);
      long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
      if (finished != instances) {
        throw new IllegalStateException("baseline finished " + finished + " of " + instances + " instances");
      }
      long activities = engine.getHistoryService().createHistoricActivityInstanceQuery().count();
      return new Result(instances, activities, (long) userTasks * instances, (long) jobs * instances, seconds, counted,
          profile);
    } finally {
      engine.close();
      pool.close();
    }
  }

  /** Start, user tasks, asynchronous service tasks, synchronous service tasks, end. */
  static BpmnModelInstance model(String key, int userTasks, int asyncTasks, int syncTasks) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(400).startEvent();
    for (int i = 0; i < userTasks; i++) {
      flow = flow.userTask("user" + i);
    }
    for (int i = 0; i < asyncTasks; i++) {
      flow = flow.serviceTask("async" + i).camundaAsyncBefore().camundaExpression("${true}");
    }
    for (int i = 0; i < syncTasks; i++) {
      flow = flow.serviceTask("sync" + i).camundaExpression("${true}");
    }
    return flow.endEvent().done();
  }
}

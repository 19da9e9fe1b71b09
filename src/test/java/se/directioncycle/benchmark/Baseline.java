package se.directioncycle.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare-engine baseline: a plain Camunda engine (full history, no Spring, no application code) runs one
 * synthetic process instance per application cycle, with the same total number of activity instances,
 * about the same number of user tasks completed and of jobs executed per instance. With the application's
 * parallelism: on one thread the jobs are executed one by one; with several, as many threads complete the user
 * tasks of their share of the instances and the engine's job executor runs the jobs (idle waits as the
 * application's: 5 s, at most 10 s).
 */
final class Baseline {

  /** {@code statementProfile}: with -Dbenchmark.statements=N, the N most frequent statements, as the app's. */
  record Result(int instances, long activities, long userTasks, long jobs, double seconds, double cpuSeconds,
      long statements, long writingCommits, long rowsWritten, String statementProfile) {}

  private Baseline() {}

  static Result run(String jdbcUrl, QuarterBenchmark.Result app, int threads) {
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
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.setMaxWait(10_000); // application.yml's; the wait time's default (5 s) is the same in both
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
      if (threads > 1) {
        jobExecutor.start();
      }
      long start = System.nanoTime();
      long cpuStart = QuarterBenchmark.cpuNanos();
      if (threads == 1) {
        for (int i = 0; i < instances; i++) {
          String id = runtime.startProcessInstanceByKey(i < extra ? "baselinePlus" : "baseline").getId();
          for (int u = 0; u < userTasks; u++) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
          }
          for (int j = 0; j < jobs; j++) {
            management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());
          }
        }
      } else {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
          List<Future<?>> shares = IntStream.range(0, threads).<Future<?>>mapToObj(share -> workers.submit(() -> {
            for (int i = share; i < instances; i += threads) {
              String id = runtime.startProcessInstanceByKey(i < extra ? "baselinePlus" : "baseline").getId();
              for (int u = 0; u < userTasks; u++) {
                tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
              }
            }
          })).toList();
          for (Future<?> share : shares) {
            share.get();
          }
          awaitAllFinished(pool); // the job executor runs the asynchronous tasks meanwhile
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("the baseline failed", e.getCause());
        } finally {
          workers.shutdown();
        }
      }
      double seconds = QuarterBenchmark.seconds(start);
      double cpuSeconds = (QuarterBenchmark.cpuNanos() - cpuStart) / 1e9;
      long counted = statements.statements();
      String profile = SqlRecorder.profile("bare engine", statements.stopRecording(), profiled, instances);
      long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
      if (finished != instances) {
        throw new IllegalStateException("baseline finished " + finished + " of " + instances + " instances");
      }
      long activities = engine.getHistoryService().createHistoricActivityInstanceQuery().count();
      return new Result(instances, activities, (long) userTasks * instances, (long) jobs * instances, seconds,
          cpuSeconds, counted, statements.writingCommits(), statements.rowsWritten(), profile);
    } finally {
      engine.close();
      pool.close();
    }
  }

  /** Polls without recording until no instance is left unfinished (ten minutes at most). */
  private static void awaitAllFinished(HikariDataSource unrecorded) throws InterruptedException {
    long giveUp = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
    try (Connection connection = unrecorded.getConnection(); Statement statement = connection.createStatement()) {
      while (System.nanoTime() < giveUp) {
        try (ResultSet left = statement.executeQuery("select count(*) from ACT_HI_PROCINST where END_TIME_ is null")) {
          left.next();
          if (left.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("baseline instances left unfinished after 10 minutes");
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

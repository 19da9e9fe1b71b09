package se.directioncycle.engine;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A plain in-memory engine with the plugins under test, counting the queries it sends to tables whose names start
 * with a prefix: what an engine plugin saves is proven by the queries that are no longer sent.
 */
final class CountingEngine implements AutoCloseable {

  private final AtomicInteger reads = new AtomicInteger();
  private final String database;
  private final String table;
  private final ProcessEngine engine;

  /** Counts the SELECTs whose FROM names a table starting with {@code table}; deploys the model. */
  CountingEngine(String name, String table, BpmnModelInstance model, ProcessEnginePlugin... plugins) {
    this(name, name, table, "create-drop", plugins);
    engine.getRepositoryService().createDeployment().addModelInstance(name + ".bpmn", model).deploy();
  }

  private CountingEngine(String database, String name, String table, String schema, ProcessEnginePlugin... plugins) {
    this.database = database;
    this.table = table;
    String from = " FROM " + table.toUpperCase(Locale.ROOT);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(ProxyDataSourceBuilder.create(h2)
        .afterQuery((execution, queries) -> queries.forEach(query -> {
          String sql = query.getQuery().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
          if (sql.startsWith("SELECT") && sql.contains(from)) {
            reads.incrementAndGet();
          }
        }))
        .build());
    configuration.setDatabaseSchemaUpdate(schema);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full"); // as in production
    configuration.setProcessEnginePlugins(List.of(plugins));
    engine = configuration.buildProcessEngine();
  }

  /** A process with an async step (a job that succeeds), then a task with a timer that the task's completion removes. */
  static BpmnModelInstance asyncStepThenTaskWithTimer(String key) {
    return Bpmn.createExecutableProcess(key)
        .startEvent().serviceTask("prepare").camundaAsyncBefore().camundaExpression("${true}")
        .userTask("report").boundaryEvent("late").cancelActivity(false).timerWithDuration("P7D").endEvent()
        .moveToActivity("report").endEvent().done();
  }

  /** A second engine on the same database, as another node would be, counting the same table; close it first. */
  CountingEngine anotherNode(ProcessEnginePlugin... plugins) {
    return new CountingEngine(database, database + "-other", table, "false", plugins);
  }

  ProcessEngine engine() {
    return engine;
  }

  /** The queries counted since the last call. */
  int reads() {
    return reads.getAndSet(0);
  }

  @Override
  public void close() {
    engine.close();
  }
}

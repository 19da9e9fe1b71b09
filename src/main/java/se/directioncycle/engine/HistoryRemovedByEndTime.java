package se.directioncycle.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;
import org.camunda.bpm.engine.impl.util.CollectionUtil;
import org.springframework.stereotype.Component;

/**
 * A process instance's history is removed by its end time and its definition's time-to-live (ADR 0027), the engine's
 * end-time-based cleanup, instead of by a removal time written on every history row. With the engine's default (a
 * removal time, set when the root instance ends) the command that ends a cycle also rewrites every history row the
 * cycle ever wrote, one bulk update per history table (about 260 rows and their index entries): a burst of writes at
 * every cycle's end that the H2 file could not absorb at a quarter's end (ADR 0021), and 16 statements per cycle.
 * <p>
 * The end-time-based cleanup deletes an instance's activities, tasks, identity links, job log, incidents, comments,
 * attachments and details, but not the user operation log, which the removal-time cleanup also removes and which
 * names the members who worked on the tasks. So the engine's manager is replaced by one that deletes the operation
 * log entries of the instances whose history it deletes, in the same transaction: nothing personal outlives its
 * instance's time-to-live. An administrator's deletion of an instance's history goes the same way.
 */
@Component
class HistoryRemovedByEndTime extends ManagerReplacement {

  HistoryRemovedByEndTime() {
    super(HistoricProcessInstanceManager.class, Manager::new);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
  }

  /** The engine's manager, also deleting the user operation log of the instances whose history it deletes. */
  static class Manager extends HistoricProcessInstanceManager {

    @Override
    public void deleteHistoricProcessInstanceByIds(List<String> processInstanceIds) {
      super.deleteHistoricProcessInstanceByIds(processInstanceIds);
      // the engine's partition gives an empty list back as one empty part: no statement for it
      if (isHistoryEnabled() && !processInstanceIds.isEmpty()) {
        deleteOperationLogOf(processInstanceIds);
      }
    }

    /**
     * One statement per 2,000 instances on the command's own connection, so it commits or rolls back with the rest.
     * The engine has no statement for it; it runs at once, while the engine's own deletes wait for the command's
     * flush (no row of the operation log refers to another table).
     */
    private static void deleteOperationLogOf(List<String> processInstanceIds) {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      String table = Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_HI_OP_LOG";
      int partSize = DbSqlSessionFactory.MAXIMUM_NUMBER_PARAMS;
      for (List<String> part : CollectionUtil.partition(processInstanceIds, partSize)) {
        String sql = "delete from " + table + " where PROC_INST_ID_ in (" + "?,".repeat(part.size() - 1) + "?)";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
          for (int i = 0; i < part.size(); i++) {
            delete.setString(i + 1, part.get(i));
          }
          delete.executeUpdate();
        } catch (SQLException e) {
          throw new ProcessEngineException("Could not delete the user operation log of " + part.size()
              + " process instance(s) whose history was deleted", e);
        }
      }
    }
  }
}

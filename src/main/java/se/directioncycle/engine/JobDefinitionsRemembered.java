package se.directioncycle.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.stereotype.Component;

/**
 * A job's definition says which activity the job belongs to, its type and its configuration, and none of that changes
 * once deployed; only its suspension and priority can, from any node. To run a job the engine reads its definition for
 * the parts that never change: the job's activity, as it starts, and the type and configuration for the job log's
 * entry. The node that has read a definition once (every job's creation reads its own) remembers those parts, at most
 * {@value #REMEMBERED}, and gives a job it reads by id a copy of them instead of a query. Where the suspension or the
 * priority matters, creating a job, the engine reads the definition as before.
 */
@Component
class JobDefinitionsRemembered extends ManagerReplacement {

  /** A deployment has a few dozen job definitions: enough for every version in use, bounded whatever happens. */
  static final int REMEMBERED = 10_000;

  JobDefinitionsRemembered() {
    this(new Definitions());
  }

  private JobDefinitionsRemembered(Definitions definitions) {
    super(JobDefinitionManager.class, () -> new DefinitionManager(definitions));
    alsoReplace(DbEntityManager.class, () -> new JobsLent(definitions));
  }

  /** What never changes in a job definition, by its id. */
  static final class Definitions {

    private record Kept(String activityId, String jobType, String jobConfiguration, String processDefinitionId,
        String processDefinitionKey, String deploymentId, String tenantId) {}

    private final Map<String, Kept> byId = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
        return size() > REMEMBERED;
      }
    });

    /**
     * Gives the job a copy of its definition's lasting parts, unless this node has never read the definition or the
     * command already holds it (then the engine's own answers without a query).
     */
    void lend(JobEntity job, DbEntityManager command) {
      String id = job.getJobDefinitionId();
      Kept kept = id == null ? null : byId.get(id);
      if (kept == null || command.getCachedEntity(JobDefinitionEntity.class, id) != null) {
        return;
      }
      JobDefinitionEntity copy = new JobDefinitionEntity();
      copy.setId(id);
      copy.setActivityId(kept.activityId());
      copy.setJobType(kept.jobType());
      copy.setJobConfiguration(kept.jobConfiguration());
      copy.setProcessDefinitionId(kept.processDefinitionId());
      copy.setProcessDefinitionKey(kept.processDefinitionKey());
      copy.setDeploymentId(kept.deploymentId());
      copy.setTenantId(kept.tenantId());
      job.setJobDefinition(copy);
    }

    /** A definition the engine has read: its lasting parts. */
    void remember(JobDefinition definition) {
      if (definition != null) {
        byId.computeIfAbsent(definition.getId(), id -> new Kept(definition.getActivityId(), definition.getJobType(),
            definition.getJobConfiguration(), definition.getProcessDefinitionId(),
            definition.getProcessDefinitionKey(), definition.getDeploymentId(), definition.getTenantId()));
      }
    }
  }

  /** The command's entity manager, lending a job read by its id (as a job is, to run it) its definition. */
  static class JobsLent extends DbEntityManager {

    private final Definitions definitions;

    JobsLent(Definitions definitions) {
      super(Context.getProcessEngineConfiguration().getIdGenerator(),
          Context.getCommandContext().getSession(PersistenceSession.class));
      this.definitions = definitions;
    }

    @Override
    public <T extends DbEntity> T selectById(Class<T> type, String id) {
      T entity = super.selectById(type, id);
      if (entity instanceof JobEntity job) {
        definitions.lend(job, this);
      }
      return entity;
    }
  }

  /** The engine's job definition manager, remembering each definition it reads (creating a job reads its own). */
  static class DefinitionManager extends JobDefinitionManager {

    private final Definitions definitions;

    DefinitionManager(Definitions definitions) {
      this.definitions = definitions;
    }

    @Override
    public JobDefinitionEntity findById(String jobDefinitionId) {
      JobDefinitionEntity definition = super.findById(jobDefinitionId);
      definitions.remember(definition);
      return definition;
    }
  }
}

package se.directioncycle.evaluation;

import se.directioncycle.system.TextVariable;
import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.intervention.FollowUpService;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.EngineClock;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_EvaluateIntervention`: each evaluation task gets its own empty fields and a description
 * of the intervention with its follow-up reports; on completion the evaluation is saved.
 */
@Component
public class InterventionEvaluationTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_EvaluateIntervention";

  private final DirectionDecisionService decisions;
  private final FollowUpService followUps;
  private final InterventionEvaluationRepository evaluations;

  InterventionEvaluationTaskListener(DirectionDecisionService decisions, FollowUpService followUps,
      InterventionEvaluationRepository evaluations) {
    this.decisions = decisions;
    this.followUps = followUps;
    this.evaluations = evaluations;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(IMPLEMENTATION_STATUS, TRAFFIC_LIGHT, OUTPUT_AGAINST_TARGET, OBSERVED_EFFECT, RECOMMENDATION, LESSONS);
  }

  @Override
  public void validate(VariableScope task) {
    EvaluationInput.read(task);
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    long interventionId = interventionId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(INTERVENTION_SUMMARY,
          TextVariable.shown(followUps.describe(decisions.intervention(interventionId))));
      for (String field : new String[] {IMPLEMENTATION_STATUS, TRAFFIC_LIGHT, OUTPUT_AGAINST_TARGET, OBSERVED_EFFECT,
          RECOMMENDATION, LESSONS}) {
        task.setVariableLocal(field, "");
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      EvaluationInput input = EvaluationInput.read(task);
      long cycleId = cycleId(task);
      InterventionEvaluation evaluation = evaluations.findByInterventionIdAndCycleId(interventionId, cycleId)
          .orElseGet(() -> new InterventionEvaluation(interventionId, cycleId));
      evaluation.update(input, CurrentUser.idOrNull(), EngineClock.now());
      evaluations.save(evaluation);
    }
  }
}

package se.directioncycle.evaluation;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.intervention.FollowUpService;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** The evaluation of last quarter's interventions, one task each. */
@Configuration
class EvaluationForms {

  /**
   * Each evaluation task starts with its own empty fields and a description of the intervention with its
   * follow-up reports; on completion the evaluation is saved (a second one for the same cycle replaces it).
   */
  @Bean
  TaskForm<EvaluationInput> evaluateIntervention(FollowUpService followUps,
      InterventionEvaluationRepository evaluations) {
    return TaskForm.form("evaluate-intervention", IMPLEMENTATION_STATUS, TRAFFIC_LIGHT, OUTPUT_AGAINST_TARGET,
            OBSERVED_EFFECT, RECOMMENDATION, LESSONS)
        .reads((input, task) -> EvaluationInput.read(input))
        .startsEmpty()
        .prepares(task -> task.setVariableLocal(INTERVENTION_SUMMARY,
            TextVariable.shown(followUps.describe(interventionId(task)))))
        .records((task, input) -> {
          long interventionId = interventionId(task);
          long cycleId = cycleId(task);
          InterventionEvaluation evaluation = evaluations.findByInterventionIdAndCycleId(interventionId, cycleId)
              .orElseGet(() -> new InterventionEvaluation(interventionId, cycleId));
          evaluation.update(input, CurrentUser.idOrNull(), EngineClock.now());
          evaluations.save(evaluation);
        });
  }
}

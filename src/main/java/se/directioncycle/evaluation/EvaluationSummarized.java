package se.directioncycle.evaluation;

/** Published in the summarizing transaction once the previous quarter's interventions are evaluated. */
public record EvaluationSummarized(long cycleId) {}

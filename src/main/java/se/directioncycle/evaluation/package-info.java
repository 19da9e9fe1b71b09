/**
 * Phase 2, evaluation of the previous quarter: finds the previous decision, has every intervention
 * evaluated by its responsible organisation, and summarises traffic lights, indicator change against
 * the baseline, and which interventions to carry over.
 */
package se.directioncycle.evaluation;

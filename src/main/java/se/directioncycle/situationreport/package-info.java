/**
 * Phase 1, the situation report: each member organisation's aggregated indicator values and
 * place-based observations, the compiled report (totals, trends, problems ranked by the
 * ProblemPriority decision table, small counts suppressed) and the coordinator's three statutory sections.
 */
package se.directioncycle.situationreport;

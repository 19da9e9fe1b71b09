/**
 * Phase 4, follow-up during the quarter: each decided intervention's periodic status reports,
 * escalation of red or overdue reports, and the quarter's close with the summary for the municipal board.
 */
package se.directioncycle.intervention;

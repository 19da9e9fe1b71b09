/**
 * Phase 4, follow-up during the quarter: each decided intervention's periodic status reports,
 * escalation of red or overdue reports, the quarterly report to the municipal board that the cycle keeps when
 * it closes, and the progress of interventions linked to citizen-promise commitments. Owns the status reports.
 */
package se.directioncycle.intervention;

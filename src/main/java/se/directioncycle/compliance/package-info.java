/**
 * What law SFS 2023:196 asks of a municipality, year by year, and the evidence this installation holds for each
 * obligation: a coordinator, a current situation picture, an action plan decided by the board, follow-up of the
 * work, and cooperation with the police. Owns no data: {@code ComplianceService} reads the other features' public
 * services, {@code ComplianceRules} decides each obligation from those facts, and the report is shown in the
 * coordinators' Cockpit dashboard and rendered as a PDF for the county administrative board (länsstyrelsen).
 */
package se.directioncycle.compliance;

/**
 * Process 3, the annual assessment (*årlig lägesbild och åtgärdsplan*, SFS 2023:196): one instance per
 * municipality and year. The coordinator imports the year's safety survey, the year's four quarterly
 * situation reports and the survey are compiled into the year's picture, the coordinator prepares the
 * statutory action plan and the municipal board (the commissioner group) approves it or returns it. The decided plan
 * is announced ({@link se.directioncycle.annual.ActionPlanDecided}) for its PDF and mailed to the board and the
 * coordinator; each task is reminded before its due date and reported overdue after it.
 */
package se.directioncycle.annual;

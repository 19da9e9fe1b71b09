/**
 * Process 3, the annual assessment (*årlig lägesbild och åtgärdsplan*, SFS 2023:196): one instance per
 * municipality and year. The coordinator imports the year's safety survey, the year's four quarterly
 * situation reports and the survey are compiled into the year's picture, the coordinator prepares the
 * statutory action plan and the municipal board (the commissioner group) approves it or returns it.
 */
package se.directioncycle.annual;

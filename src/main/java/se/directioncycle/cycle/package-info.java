/**
 * The quarterly direction cycle as a whole: opening cycles (schedule, Tasklist start form, REST),
 * refusing duplicates, its process variables and timing, and closing the quarter with the report to the
 * board, which the follow-up writes ({@link se.directioncycle.cycle.BoardReport}, so this package does not depend on it).
 */
package se.directioncycle.cycle;

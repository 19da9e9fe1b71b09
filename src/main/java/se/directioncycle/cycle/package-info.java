/**
 * The quarterly direction cycle as a whole: opening cycles (schedule, Tasklist start form, REST),
 * refusing duplicates, its process variables, and closing the quarter with the board summary.
 */
package se.directioncycle.cycle;

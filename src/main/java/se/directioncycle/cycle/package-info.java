/**
 * The quarterly direction cycle as a whole: opening cycles (schedule, Tasklist start form, REST),
 * refusing duplicates, its process variables and timing. Closing the quarter lives in `intervention`.
 */
package se.directioncycle.cycle;

/**
 * Direction Cycle: the crime-prevention council's quarterly direction cycle, annual assessment, citizen promises
 * and cooperation agreements on an embedded Camunda 7 engine. One subpackage per feature, each owning its tables.
 */
package se.directioncycle;

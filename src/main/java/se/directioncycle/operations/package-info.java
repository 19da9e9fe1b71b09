/**
 * Running the product: health and Prometheus metrics behind the monitoring login, the phase of each
 * open cycle as operators see it.
 */
package se.directioncycle.operations;

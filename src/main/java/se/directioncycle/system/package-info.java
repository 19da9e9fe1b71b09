/**
 * Cross-cutting configuration: engine plugins (tenant stamping, server-side form validation),
 * model deployment, REST security and the shared input-validation vocabulary.
 */
package se.directioncycle.system;

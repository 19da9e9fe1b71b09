/**
 * The process engine's set-up: deployment of the models under {@code bpmn/}, the base of our parse-time engine
 * plugins (what every user task gets without declaring it), the engine clock and the user a command runs for.
 */
package se.directioncycle.engine;

/**
 * How a user task's form is handled on the server. A feature declares each of its forms once as a {@link
 * se.directioncycle.taskform.TaskForm} (fields, rules, what is prepared and recorded); the form id that a task's
 * {@code camunda:formRef} or embedded form names is the only link between a model and its handler, and {@link
 * se.directioncycle.taskform.TaskFormBinding} attaches every handler to every user task using its form.
 */
package se.directioncycle.taskform;

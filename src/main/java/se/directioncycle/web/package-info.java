/**
 * The application API's answers to what goes wrong: one JSON error body shaped like Camunda's, Swedish messages
 * for users, English in the log, and never a 500 for a caller's mistake.
 */
package se.directioncycle.web;

/**
 * Each person's iCalendar feed of their deadlines (their groups' open tasks) and their council's meetings,
 * read by calendar programs through a revocable secret token. Owns the feed tokens (stored as hashes).
 */
package se.directioncycle.calendar;

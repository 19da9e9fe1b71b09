/**
 * The coordinators' dashboard in Cockpit: where each open cycle, annual assessment and promise period
 * stands. Owns no data; it reads the other features' state and the engine's, as the logged-in person.
 */
package se.directioncycle.dashboard;

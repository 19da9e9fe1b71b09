/**
 * The coordinators' dashboard in Cockpit: where each open cycle, annual assessment and promise period
 * stands, the history of closed cycles, decisions, annual assessments, promise periods and agreements by year,
 * and the year's compliance with SFS 2023:196 (from the compliance feature). Owns no data; it reads the other
 * features' state and the engine's, as the logged-in person, and documents' metadata only, never their bytes.
 */
package se.directioncycle.dashboard;

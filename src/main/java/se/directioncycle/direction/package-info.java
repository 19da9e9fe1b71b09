/**
 * Phase 3, the direction decision: the proposal of 1–3 focus areas with their interventions, the
 * chair's decision (approve or return), registration (number, immutability, document with
 * checksum) and notification of every responsible party. Owns decisions, focus areas and interventions.
 */
package se.directioncycle.direction;

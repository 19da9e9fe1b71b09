/**
 * The citizen-promise cycle (medborgarlöften, DOMAIN process 2): one promise period per municipality and two
 * years. Owns the dialogues, the statistics analysis, the focus areas, the themes and commitments, the steering
 * group's review, the two signatures, publication as open data, and the yearly follow-up of every commitment
 * counted from the quarterly interventions linked to it.
 */
package se.directioncycle.promise;

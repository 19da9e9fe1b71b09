/**
 * The yearly safety survey (*trygghetsmätning*) of a municipality, imported as a semicolon CSV file:
 * the file format and its validation (whole file, all errors, all-or-nothing), the stored aggregates
 * per area and question, and `/api/municipalities/{municipality}/safety-surveys/{year}`. It feeds the
 * annual assessment; the process that uses it is built elsewhere.
 */
package se.directioncycle.survey;

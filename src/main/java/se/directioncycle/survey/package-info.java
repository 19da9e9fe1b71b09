/**
 * The yearly safety survey (*trygghetsmätning*) of a municipality, imported as a semicolon CSV file:
 * the file format and its validation (whole file, all errors, all-or-nothing), the stored aggregates
 * per area and question, and `/api/municipalities/{municipality}/safety-surveys/{year}`. It feeds the
 * annual assessment (`annual`), whose first task completes only when the year's survey is stored.
 */
package se.directioncycle.survey;

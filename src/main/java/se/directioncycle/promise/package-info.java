/**
 * The citizen-promise cycle (medborgarlöften, DOMAIN process 2): one promise period per municipality from a first
 * to a last month (one to three years). Owns the dialogues, the statistics analysis, the focus areas, the themes and commitments, the steering
 * group's review, the two signatures, publication as open data, and the yearly follow-up of every commitment
 * (one or more parties): a quantitative one counted from the quarterly interventions linked to it, a qualitative
 * one judged by its lead party. The demo profile's Kalix period ({@code DemoPromisePeriod}). Publishing and closing announce {@link
 * se.directioncycle.promise.PromisesPublished} and {@link se.directioncycle.promise.FeedbackReportPublished};
 * the document module listens and makes the PDFs ({@link se.directioncycle.promise.PromiseDocument}), so this
 * package does not depend on it.
 */
package se.directioncycle.promise;

/**
 * The citizen-promise cycle (medborgarlöften, DOMAIN process 2): one promise period per municipality and two
 * years. Owns the dialogues, the statistics analysis, the focus areas, the themes and commitments, the steering
 * group's review, the two signatures, publication as open data, and the yearly follow-up of every commitment
 * counted from the quarterly interventions linked to it. Publishing and closing announce {@link
 * se.directioncycle.promise.PromisesPublished} and {@link se.directioncycle.promise.FeedbackReportPublished};
 * the document module listens and makes the PDFs ({@link se.directioncycle.promise.PromiseDocument}), so this
 * package does not depend on it.
 */
package se.directioncycle.promise;

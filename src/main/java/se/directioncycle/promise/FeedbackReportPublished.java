package se.directioncycle.promise;

/**
 * Published in the closing transaction each time `ServiceTask_PublishFeedbackReport` runs (a retried job publishes
 * it again): the feedback report is public and the period is closed. Listeners must be idempotent.
 */
public record FeedbackReportPublished(long periodId) {}

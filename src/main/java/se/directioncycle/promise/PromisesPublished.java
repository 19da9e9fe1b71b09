package se.directioncycle.promise;

/**
 * Published in the publishing transaction each time `ServiceTask_PublishPromises` runs (a retried job publishes it
 * again): both have signed and the promises are in force. Listeners must be idempotent.
 */
public record PromisesPublished(long periodId) {}

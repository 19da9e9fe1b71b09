/**
 * Messages to council groups (new decision, reminders), recorded once per idempotency key in an
 * outbox table in the same transaction as the step that caused them; delivery reads from there.
 */
package se.directioncycle.notification;

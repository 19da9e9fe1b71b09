/**
 * E-mail delivery of the notification outbox: one delivery per recipient, claimed so only one node sends it,
 * handed to SMTP or, without a server, to a folder, and retried until accepted. Owns the deliveries.
 */
package se.directioncycle.mail;

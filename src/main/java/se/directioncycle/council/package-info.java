/**
 * Municipalities (Camunda tenants), their council groups and users, and who may do what:
 * tenants, groups, authorizations and the demo people are seeded here.
 */
package se.directioncycle.council;

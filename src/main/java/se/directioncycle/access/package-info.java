/**
 * Who may do what on the HTTP entry points. Spring Security's filter chain stands in front of everything:
 * its strict firewall refuses unusual spellings of a path (path parameters, encoded separators, dot
 * segments, doubled slashes) and its header writers add nosniff, CSP and Referrer-Policy to every answer.
 * Behind it, {@link se.directioncycle.access.OperationGuard} decides on the JAX-RS resource method a
 * request has been matched to, in every Jersey application (the engine REST API and the webapps' APIs),
 * against one allowlist per role ({@code access/rest-allowlist.txt}); what is not on it is refused.
 */
package se.directioncycle.access;

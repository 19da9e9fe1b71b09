/**
 * Throttling of the network entry points, kept in memory per node (Caffeine, bounded):
 *
 * <ul>
 *   <li><b>Login throttling</b> per (account, client address): after a few failed logins from one client for
 *       one account, that client's further attempts for that account are refused for a back-off that doubles
 *       per further failure; the same account from another address is not affected and a success resets the
 *       pair. It covers every password check of the engine ({@link ThrottlingIdentityProvider}, registered by
 *       {@link ThrottlingIdentityProviderPlugin}); {@link LoginThrottleFilter} answers 429 before the check for
 *       HTTP Basic and the webapps' login form. Camunda's own per-account lockout and delay are switched off in
 *       {@code application.yml}.</li>
 *   <li><b>Rate limits</b> on the anonymous endpoints: a controller method marked {@link RateLimited} gets a
 *       token bucket per client address ({@link RateLimitInterceptor}, Bucket4j).</li>
 * </ul>
 *
 * Settings: {@code directioncycle.rate-limit.*} ({@link RateLimitProperties}). Both answer 429 with
 * {@code Retry-After} and a Swedish message ({@link TooManyRequests}).
 */
package se.directioncycle.throttle;

package se.directioncycle.throttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an anonymous endpoint (a controller method, or every method of a controller) as rate-limited per client
 * address: over {@code directioncycle.rate-limit.anonymous.*} it answers 429 with {@code Retry-After}. All marked
 * endpoints share one bucket per client.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {}

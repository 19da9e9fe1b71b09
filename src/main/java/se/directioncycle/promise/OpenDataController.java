package se.directioncycle.promise;

import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.throttle.RateLimited;

/**
 * `/open-data/citizen-promises`: the published promises and their progress, read-only and without login (the
 * promises are public documents). Only periods in force or closed appear; a draft answers exactly like a
 * period that does not exist, so not even its existence leaks. Rate-limited per client ({@link RateLimited}).
 */
@RestController
@RateLimited
@RequestMapping("/open-data/citizen-promises")
class OpenDataController {

  private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

  private final PromisePeriodRepository periods;
  private final PromisePeriodService service;
  private final PromiseView view;

  OpenDataController(PromisePeriodRepository periods, PromisePeriodService service, PromiseView view) {
    this.periods = periods;
    this.service = service;
    this.view = view;
  }

  @GetMapping
  ResponseEntity<List<Map<String, Object>>> list() {
    return ResponseEntity.ok().cacheControl(CACHE).body(periods.findByStatusInOrderByMunicipalityAscStartYearDesc(
        PromisePeriodStatus.PUBLISHED).stream().map(view::published).toList());
  }

  @GetMapping("/{businessKey}")
  ResponseEntity<Map<String, Object>> one(@PathVariable String businessKey) {
    return service.published(businessKey)
        .<ResponseEntity<Map<String, Object>>>map(p -> ResponseEntity.ok().cacheControl(CACHE).body(view.published(p)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorResponses.body("NotFound",
            "Det finns inga publicerade medborgarlöften med den nyckeln.")));
  }
}

package se.directioncycle.calendar;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.throttle.RateLimited;

/**
 * `/api/calendar/token` (logged in) issues or revokes the caller's feed token; `/calendar/{token}.ics`
 * is read by calendar programs, which cannot log in, so the secret token is the authentication.
 */
@RestController
class CalendarController {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarController.class);
  private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

  private final CalendarTokens tokens;
  private final CalendarFeed feed;
  private final IdentityService identityService;

  CalendarController(CalendarTokens tokens, CalendarFeed feed, IdentityService identityService) {
    this.tokens = tokens;
    this.feed = feed;
    this.identityService = identityService;
  }

  @PostMapping("/api/calendar/token")
  ResponseEntity<Map<String, Object>> issue() {
    String token = tokens.issue(CurrentUser.authenticated(identityService).getUserId());
    String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics")
        .buildAndExpand(token).toUriString();
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("url", url,
        "message", "Lägg till adressen som prenumeration i din kalender. Den visas bara nu; dela den inte."));
  }

  @DeleteMapping("/api/calendar/token")
  ResponseEntity<Void> revoke() {
    tokens.revoke(CurrentUser.authenticated(identityService).getUserId());
    return ResponseEntity.noContent().build();
  }

  /** No login (calendar programs cannot log in): the secret token is the authentication, rate-limited per client. */
  @RateLimited
  @GetMapping("/calendar/{token}.ics")
  ResponseEntity<?> calendar(@PathVariable String token) {
    return tokens.userOf(token)
        .<ResponseEntity<?>>map(user -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(feed.render(user)))
        .orElseGet(() -> {
          LOG.info("Refused a calendar feed request with an unknown or revoked token");
          return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
              .body(ErrorResponses.body("NotFound", "Kalenderadressen är okänd eller återkallad. Skapa en ny."));
        });
  }
}

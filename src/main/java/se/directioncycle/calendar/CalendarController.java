package se.directioncycle.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.web.PublicBaseUrl;
import se.directioncycle.throttle.RateLimited;

/**
 * `/api/calendar/token` (logged in) issues or revokes the caller's feed token; `/calendar/{token}.ics`
 * is read by calendar programs, which cannot log in, so the secret token is the authentication.
 */
@RestController
@Tag(name = "Calendar", description = "The caller's calendar feed of deadlines and council meetings. The feed itself, "
    + "`/calendar/{token}.ics`, is read with its secret token and is not part of this API.")
class CalendarController {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarController.class);
  private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

  private final CalendarTokens tokens;
  private final CalendarFeed feed;
  private final IdentityService identityService;
  private final PublicBaseUrl publicBaseUrl;

  CalendarController(CalendarTokens tokens, CalendarFeed feed, IdentityService identityService,
      PublicBaseUrl publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
    this.tokens = tokens;
    this.feed = feed;
    this.identityService = identityService;
  }

  @Operation(operationId = "issueCalendarToken", summary = "Issue a new feed address for the caller",
      description = "Answers `url` (the secret feed address, shown only now) and a Swedish `message`. An earlier "
          + "address of the caller stops working.")
  @ApiResponse(responseCode = "201", description = "Issued.")
  @PostMapping("/api/calendar/token")
  ResponseEntity<Map<String, Object>> issue() {
    String token = tokens.issue(CurrentUser.authenticated(identityService).getUserId());
    String url = publicBaseUrl.link("/calendar/" + token + ".ics");
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("url", url,
        "message", "Lägg till adressen som prenumeration i din kalender. Den visas bara nu; dela den inte."));
  }

  @Operation(operationId = "revokeCalendarToken", summary = "Revoke the caller's feed address")
  @ApiResponse(responseCode = "204", description = "Revoked (also when there was none).")
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

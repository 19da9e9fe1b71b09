package se.directioncycle.throttle;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import se.directioncycle.web.ErrorResponses;

/** The 429 answer of both throttles: {@code Retry-After} in whole seconds and a Swedish message. */
final class TooManyRequests {

  static final int STATUS = 429;
  static final String METRIC_DESCRIPTION =
      "requests answered 429: kind=anonymous by the rate limit of the no-login endpoints, kind=login by the login throttle";

  private TooManyRequests() {}

  static long seconds(Duration wait) {
    long millis = Math.max(wait.toMillis(), 1);
    return (millis + 999) / 1000;
  }

  static String inSeconds(long seconds) {
    return seconds == 1 ? "1 sekund" : seconds + " sekunder";
  }

  static final String LOGIN_TYPE = "TooManyFailedLogins";

  static void loginRefused(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = seconds(wait);
    write(response, seconds, LOGIN_TYPE, loginMessage(seconds));
  }

  static String loginMessage(long seconds) {
    return "För många misslyckade inloggningar. Försök igen om " + inSeconds(seconds) + ".";
  }

  static void requestRefused(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = seconds(wait);
    write(response, seconds, "TooManyRequests", "För många förfrågningar. Försök igen om " + inSeconds(seconds) + ".");
  }

  private static void write(HttpServletResponse response, long seconds, String type, String message)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setStatus(STATUS);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getWriter().write(ErrorResponses.json(type, message));
  }
}

package se.directioncycle.calendar;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.engine.EngineClock;
import org.apache.commons.codec.digest.DigestUtils;

/** Issues, resolves and revokes calendar-feed tokens (256 random bits; only the hash is stored). */
@Service
class CalendarTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final CalendarTokenRepository tokens;

  CalendarTokens(CalendarTokenRepository tokens) {
    this.tokens = tokens;
  }

  /** A new token for the user; any earlier one stops working. */
  @Transactional
  public String issue(String userId) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    tokens.deleteByUser(userId);
    tokens.flush();
    tokens.save(new CalendarToken(userId, sha256(token), EngineClock.now()));
    return token;
  }

  @Transactional
  public boolean revoke(String userId) {
    return tokens.deleteByUser(userId) > 0;
  }

  /** The user the token belongs to, if it is well-formed and not revoked. */
  @Transactional(readOnly = true)
  public Optional<String> userOf(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return tokens.findByTokenSha256(sha256(token)).map(CalendarToken::getUserId);
  }

  private static String sha256(String token) {
    return DigestUtils.sha256Hex(token);
  }
}

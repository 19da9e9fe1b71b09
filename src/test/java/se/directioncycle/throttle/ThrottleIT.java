package se.directioncycle.throttle;

import se.directioncycle.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.directioncycle.support.IntegrationTest;

/**
 * Login throttling per (account, client address) on both login paths, and the anonymous endpoints' rate limit
 * per client. Clients are told apart by their loopback address (127.0.0.2, 127.0.0.3, …, see {@link RawHttp});
 * the other tests come from 127.0.0.1. Failed logins use users of this test only, deleted afterwards.
 */
@IntegrationTest
class ThrottleIT {

  private static final String PASSWORD = "Strypning#Prov2027";
  private static final String LOGIN_REFUSED = "För många misslyckade inloggningar. Försök igen om ";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RateLimitProperties properties;

  private final List<String> users = new ArrayList<>();

  @AfterEach
  void deleteUsers() {
    users.forEach(identityService::deleteUser);
  }

  @Test
  void failedWebappLoginsThrottleOnlyThatClientForThatAccountOnBothLoginPaths() {
    String user = user("strypt-webb");
    RawHttp attacker = client("127.0.0.2");
    for (int i = 0; i < properties.login().freeFailures(); i++) {
      assertThat(webappLogin(attacker, user, "Fel#Losenord2027").status()).as("failure %d", i + 1).isEqualTo(401);
    }

    RawHttp.Response refused = webappLogin(attacker, user, PASSWORD);
    assertThat(refused.status()).as("even the right password, from the same client").isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L,
        properties.login().firstBackOff().toSeconds());
    assertThat(refused.body()).contains(LOGIN_REFUSED).contains("sekund");
    assertThat(basic(attacker, user, PASSWORD).status()).as("HTTP Basic from the same client").isEqualTo(429);

    RawHttp owner = client("127.0.0.3");
    assertThat(basic(owner, user, PASSWORD).status()).as("the same account from another client").isEqualTo(200);
    assertThat(webappLogin(owner, user, PASSWORD).status()).isEqualTo(200);
    assertThat(webappLogin(attacker, user, PASSWORD).status()).as("the other client's success does not free this one")
        .isEqualTo(429);
  }

  @Test
  void failedBasicLoginsThrottleOnlyThatClientAndASuccessResetsThePair() {
    String user = user("strypt-basic");
    RawHttp attacker = client("127.0.0.4");
    for (int i = 0; i < properties.login().freeFailures(); i++) {
      assertThat(basic(attacker, user, "Fel#Losenord2027").status()).isEqualTo(401);
    }
    RawHttp.Response refused = basic(attacker, user, PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(refused.body()).contains(LOGIN_REFUSED);
    assertThat(webappLogin(attacker, user, PASSWORD).status()).isEqualTo(429);
    assertThat(basic(client("127.0.0.5"), user, PASSWORD).status()).isEqualTo(200);

    String other = user("strypt-aterstall");
    RawHttp forgetful = client("127.0.0.4");
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < properties.login().freeFailures() - 1; i++) {
        assertThat(basic(forgetful, other, "Fel#Losenord2027").status()).isEqualTo(401);
      }
      assertThat(basic(forgetful, other, PASSWORD).status()).as("a success resets the pair (round %d)", round)
          .isEqualTo(200);
    }
  }

  @Test
  void manyFailuresFromManyClientsNeverLockTheAccount() {
    String user = user("strypt-las");
    int failures = 0;
    for (String address : List.of("127.0.0.6", "127.0.0.7", "127.0.0.8")) {
      for (int i = 0; i < properties.login().freeFailures() - 1; i++) {
        assertThat(basic(client(address), user, "Fel#Losenord2027").status()).isEqualTo(401);
        failures++;
      }
    }
    assertThat(failures).as("more than Camunda's default lockout of 10").isGreaterThan(10);
    assertThat(basic(client("127.0.0.9"), user, PASSWORD).status()).as("no lockout, no per-account delay")
        .isEqualTo(200);
  }

  @Test
  void behindAProxyOnAnInternalAddressTheForwardedClientAddressCounts() {
    String user = user("strypt-proxy");
    RawHttp proxy = client("127.0.0.13");
    for (int i = 0; i < properties.login().freeFailures(); i++) {
      assertThat(basic(proxy, user, "Fel#Losenord2027", "X-Forwarded-For: 203.0.113.9").status()).isEqualTo(401);
    }
    assertThat(basic(proxy, user, PASSWORD, "X-Forwarded-For: 203.0.113.9").status()).isEqualTo(429);
    assertThat(basic(proxy, user, PASSWORD, "X-Forwarded-For: 203.0.113.10").status())
        .as("another client behind the same proxy").isEqualTo(200);
    assertThat(basic(proxy, user, PASSWORD).status()).as("the proxy's own address").isEqualTo(200);
  }

  @Test
  void anonymousEndpointsAreRateLimitedPerClientAndOtherEndpointsAreNot() {
    RawHttp busy = client("127.0.0.10");
    int requests = properties.anonymous().requests();
    RawHttp.Response last = null;
    int ok = 0;
    for (int i = 0; i < 3 * requests && (last == null || last.status() != 429); i++) {
      last = busy.get("/open-data/citizen-promises");
      ok += last.status() == 200 ? 1 : 0;
    }
    assertThat(last.status()).as("after %d answers", ok).isEqualTo(429);
    assertThat(ok).as("the whole allowance was served first").isGreaterThanOrEqualTo(requests);
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    assertThat(last.header("Content-Type")).startsWith("application/json");
    assertThat(last.body()).contains("\"type\":\"TooManyRequests\"").contains("För många förfrågningar. Försök igen om ");
    System.out.printf("ThrottleIT: client 127.0.0.10 got %d open-data answers before the first 429 (limit %d per %s)%n",
        ok, requests, properties.anonymous().period());

    assertThat(client("127.0.0.11").get("/open-data/citizen-promises").status()).as("another client").isEqualTo(200);
    assertThat(busy.get("/camunda/app/welcome/default/").status()).as("an endpoint without @RateLimited")
        .isEqualTo(200);

    RawHttp calendar = client("127.0.0.12");
    last = null;
    int notFound = 0;
    for (int i = 0; i < 3 * requests && (last == null || last.status() != 429); i++) {
      last = calendar.get("/calendar/" + "0".repeat(43) + ".ics");
      notFound += last.status() == 404 ? 1 : 0;
    }
    assertThat(last.status()).as("the calendar feed is limited too").isEqualTo(429);
    assertThat(notFound).isGreaterThanOrEqualTo(requests);
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private String user(String id) {
    User user = identityService.newUser(id);
    user.setFirstName("Anna");
    user.setLastName("Testsson");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    users.add(id);
    return id;
  }

  private RawHttp client(String address) {
    return new RawHttp(address, port);
  }

  private static RawHttp.Response basic(RawHttp client, String user, String password, String... headerLines) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    List<String> headers = new ArrayList<>(List.of(headerLines));
    headers.add("Authorization: Basic " + token);
    return client.get("/engine-rest/task?maxResults=1", headers.toArray(String[]::new));
  }

  /** As the login page does: fetch the page for the session and XSRF cookies, then post the form. */
  private static RawHttp.Response webappLogin(RawHttp client, String user, String password) {
    RawHttp.Response page = client.get("/camunda/app/welcome/default/");
    List<String> cookies = new ArrayList<>();
    String xsrf = "";
    for (String setCookie : page.headers().getOrDefault("set-cookie", List.of())) {
      String cookie = setCookie.split(";")[0];
      cookies.add(cookie);
      if (cookie.startsWith("XSRF-TOKEN=")) {
        xsrf = cookie.substring("XSRF-TOKEN=".length());
      }
    }
    return client.post("/camunda/api/admin/auth/user/default/login/welcome", "application/x-www-form-urlencoded",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8),
        "Cookie: " + String.join("; ", cookies), "X-XSRF-TOKEN: " + xsrf);
  }
}

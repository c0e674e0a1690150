package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

  private static final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(3, Duration.ofSeconds(10)).clock(clock));

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void letsTheLimitThroughThenAnswers429WithRetryAfterAndReset() throws IOException {
    long start = clock.instant().getEpochSecond();
    for (int i = 0; i < 3; i++) {
      Reply ok = api.get("users");
      assertEquals(200, ok.status());
      assertEquals("3", ok.header("X-RateLimit-Limit"));
      assertEquals(Integer.toString(2 - i), ok.header("X-RateLimit-Remaining"));
    }

    Reply limited = api.get("users");

    assertEquals(429, limited.status());
    assertEquals("10", limited.header("Retry-After"));
    assertEquals(Long.toString(start + 10), limited.header("X-RateLimit-Reset"));
    assertEquals("0", limited.header("X-RateLimit-Remaining"));
    assertEquals("3", limited.header("X-RateLimit-Limit"));
  }

  @Test
  void theWindowSlidesOneRequestAtATime() throws IOException {
    api.get("users");
    clock.advance(Duration.ofSeconds(4));
    api.get("users");
    api.get("users");
    clock.advance(Duration.ofSeconds(5));

    Reply stillLimited = api.get("users");
    clock.advance(Duration.ofSeconds(1)); // the first request leaves the window
    Reply oneFree = api.get("users");
    Reply limitedAgain = api.get("users");

    assertEquals(429, stillLimited.status());
    assertEquals("1", stillLimited.header("Retry-After"));
    assertEquals(200, oneFree.status());
    assertEquals("0", oneFree.header("X-RateLimit-Remaining"));
    assertEquals(429, limitedAgain.status());
    assertEquals("4", limitedAgain.header("Retry-After"), "the next frees up 10 s after the second request");
  }

  @Test
  void everyResponseCarriesTheRateLimitHeadersEvenErrors() throws IOException {
    Reply notFound = api.get("contacts/1");
    Reply unauthorized = api.withAuthorization(null).get("contacts");

    assertEquals(404, notFound.status());
    assertEquals("3", notFound.header("X-RateLimit-Limit"));
    assertEquals("2", notFound.header("X-RateLimit-Remaining"));
    assertEquals(401, unauthorized.status());
    assertEquals("3", unauthorized.header("X-RateLimit-Limit"));
  }

  @Test
  void theNewRoutesShareTheTokensBudget() throws IOException {
    api.get("profiles");
    api.post("channels/101/contacts", "{\"identifier\":\"ada@example.org\"}");
    api.get("webhooks");

    Reply limited = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}");

    assertEquals(429, limited.status());
    clock.advance(Duration.ofSeconds(10));
    assertEquals(4, api.get("profiles").json().getAsJsonObject("meta").get("total").getAsInt(), "not applied");
  }

  @Test
  void eachTokenHasItsOwnBudget() throws IOException {
    for (int i = 0; i < 3; i++) {
      api.get("users");
    }

    Reply otherToken = api.withAuthorization("Bearer someone-else").get("users");

    assertEquals(401, otherToken.status(), "refused for its token, not for the other token's budget");
    assertEquals(429, api.get("users").status());
  }

  @Test
  void rateLimitsParseFromTheCommandLineForm() {
    assertEquals(new RateLimit(120, Duration.ofSeconds(60)), RateLimit.parse("120/60s"));
    assertEquals(new RateLimit(5, Duration.ofMillis(500)), RateLimit.parse("5/500ms"));
    assertEquals(RateLimit.TRENGO, RateLimit.parse("120/1m"));
    assertTrue(RateLimit.parse(" 7 / 2 ").window().equals(Duration.ofSeconds(2)));
  }
}

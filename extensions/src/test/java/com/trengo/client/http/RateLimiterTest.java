package com.trengo.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Single-threaded behaviour on a fake clock; see {@link RateLimiterConcurrencyTest} for threads.
 */
class RateLimiterTest {
  private static final Duration WINDOW = Duration.ofSeconds(60);

  /** How long a completed request holds its slot: a window plus one tick of the millisecond clock. */
  private static final Duration HOLD = WINDOW.plusMillis(1);

  private final FakeTime time = new FakeTime();

  @Test
  void remainingDecreasesAsPermitsAreTakenAndRecoversOneWindowAfterCompletion() throws Exception {
    RateLimiter limiter = limiter(3);
    assertEquals(3, limiter.remaining());

    RateLimiter.Permit first = limiter.acquire();
    RateLimiter.Permit second = limiter.acquire();
    assertEquals(1, limiter.remaining());

    time.advance(Duration.ofSeconds(5)); // the first request takes 5 s
    first.close();
    time.advance(Duration.ofSeconds(10));
    second.close();
    assertEquals(1, limiter.remaining(), "completed requests still count for one window");

    time.advance(HOLD.minusSeconds(10).minusMillis(1));
    assertEquals(1, limiter.remaining());
    time.advance(Duration.ofMillis(1));
    assertEquals(2, limiter.remaining(), "the first slot frees one window after it completed");
    time.advance(Duration.ofSeconds(10));
    assertEquals(3, limiter.remaining());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aSlotFreesOneWindowAfterTheResponseNotAfterTheSend() throws Exception {
    RateLimiter limiter = limiter(1);
    RateLimiter.Permit slow = limiter.acquire();
    time.advance(
        Duration.ofSeconds(20)); // the server may have stamped it at any point in these 20 s
    slow.close();

    time.advance(WINDOW.minusSeconds(1));
    assertEquals(0, limiter.remaining());
    limiter.acquire().close();

    assertEquals(List.of(Duration.ofSeconds(1).plusMillis(1)), time.sleeps());
  }

  @Test
  void acquireSleepsUntilTheOldestCompletedSlotFrees() throws Exception {
    RateLimiter limiter = limiter(2);
    limiter.acquire().close();
    time.advance(Duration.ofSeconds(3));
    limiter.acquire().close();

    limiter.acquire().close(); // waits for the first slot: 60 s after t=0
    limiter.acquire().close(); // waits for the second: 60 s after t=3

    assertEquals(List.of(Duration.ofSeconds(57).plusMillis(1), Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  void closingAPermitTwiceFreesItsSlotOnlyOnce() throws Exception {
    RateLimiter limiter = limiter(2);
    RateLimiter.Permit permit = limiter.acquire();
    permit.close();
    time.advance(Duration.ofSeconds(30));
    permit.close(); // must not move the slot's free time to 30 s + window

    time.advance(HOLD.minusSeconds(30));
    assertEquals(2, limiter.remaining());
  }

  @Test
  void tooManyRequestsPausesForRetryAfterSeconds() throws Exception {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(response(429, "Retry-After", "7"));

    assertEquals(0, limiter.remaining());
    limiter.acquire().close();
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void tooManyRequestsPausesUntilAnHttpDate() throws Exception {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(response(429, "Retry-After", "Mon, 01 Jan 2024 00:00:25 GMT"));

    limiter.acquire().close();
    assertEquals(List.of(Duration.ofSeconds(25)), time.sleeps());
  }

  @Test
  void tooManyRequestsWithoutRetryAfterPausesUntilTheReset() throws Exception {
    RateLimiter limiter = limiter(10);
    long reset = FakeTime.DEFAULT_START.getEpochSecond() + 12;

    limiter.onResponse(response(429, "X-RateLimit-Reset", Long.toString(reset)));

    limiter.acquire().close();
    assertEquals(List.of(Duration.ofSeconds(12)), time.sleeps());
  }

  @Test
  void tooManyRequestsWithoutAnyHintPausesOneWindow() throws Exception {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(response(429));

    limiter.acquire().close();
    assertEquals(List.of(WINDOW), time.sleeps());
  }

  @Test
  void aServerPauseIsCappedAtMaxServerPause() throws Exception {
    RateLimiter limiter =
        RateLimiter.create(config(10).maxServerPause(Duration.ofSeconds(30)).build());

    limiter.onResponse(response(429, "Retry-After", "3600"));
    limiter.onResponse(response(429, "Retry-After", "999999999999999999")); // beyond a long of ms

    limiter.acquire().close();
    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps());
  }

  @Test
  void aShorterLaterPauseDoesNotCutAnEarlierOneShort() throws Exception {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(response(429, "Retry-After", "20"));
    limiter.onResponse(response(429, "Retry-After", "5"));

    limiter.acquire().close();
    assertEquals(List.of(Duration.ofSeconds(20)), time.sleeps());
  }

  @Test
  void remainingZeroOnASuccessPausesUntilTheReset() throws Exception {
    RateLimiter limiter = limiter(10);
    long reset = FakeTime.DEFAULT_START.getEpochSecond() + 10;

    limiter.onResponse(
        response(200, "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", Long.toString(reset)));

    assertEquals(0, limiter.remaining());
    limiter.acquire().close();
    assertEquals(List.of(Duration.ofSeconds(10)), time.sleeps());
  }

  @Test
  void remainingZeroWithoutAResetHoldsTheBudgetBackForOneWindow() throws Exception {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(response(200, "X-RateLimit-Remaining", "0"));

    limiter.acquire().close();
    assertEquals(List.of(WINDOW), time.sleeps());
  }

  @Test
  void serverRemainingBelowOurCountHoldsTheDifferenceBackForOneWindow() {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(response(200, "X-RateLimit-Remaining", "4")); // another process used 6

    assertEquals(4, limiter.remaining());
    time.advance(WINDOW);
    assertEquals(10, limiter.remaining());
  }

  @Test
  void serverRemainingThatMatchesOurOwnUseChangesNothing() throws Exception {
    RateLimiter limiter = limiter(10);
    for (int i = 0; i < 3; i++) {
      limiter.acquire().close();
    }

    limiter.onResponse(response(200, "X-RateLimit-Remaining", "7")); // only our own 3 requests
    limiter.onResponse(response(200, "X-RateLimit-Remaining", "9")); // a fixed window just reset

    assertEquals(7, limiter.remaining());
  }

  @Test
  void aSlotOfOursThatFreedWhileTheResponseTravelledIsNotMistakenForAnotherProcess() throws Exception {
    RateLimiter limiter = limiter(2);
    limiter.acquire().close(); // request A completes at t=0; its slot frees at t=W
    time.advance(WINDOW.minusMillis(5));
    RateLimiter.Permit b = limiter.acquire(); // granted at W-5ms; the server counts A and B: remaining 0
    time.advance(Duration.ofMillis(10)); // B's response arrives at W+5ms, after A's slot freed

    b.complete(response(200, "X-RateLimit-Limit", "2", "X-RateLimit-Remaining", "0"));

    assertEquals(1, limiter.remaining(), "A's slot is free again: the server's 0 counted our own A");
  }

  @Test
  void withoutTheGrantTimeTheSameResponseIsReadConservatively() throws Exception {
    RateLimiter limiter = limiter(2);
    limiter.acquire().close();
    time.advance(WINDOW.minusMillis(5));
    RateLimiter.Permit b = limiter.acquire();
    time.advance(Duration.ofMillis(10));

    limiter.onResponse(response(200, "X-RateLimit-Limit", "2", "X-RateLimit-Remaining", "0"));
    b.close();

    assertEquals(0, limiter.remaining(), "the free slot is held back for a window");
  }

  @Test
  void aLowerServerLimitIsAdoptedButNeverAHigherOneThanConfigured() {
    RateLimiter limiter = limiter(120);

    limiter.onResponse(response(200, "X-RateLimit-Limit", "60"));
    assertEquals(60, limiter.remaining());
    assertTrue(limiter.toString().contains("limit=60"), limiter.toString());

    limiter.onResponse(response(200, "X-RateLimit-Limit", "500"));
    assertEquals(120, limiter.remaining());
  }

  @Test
  void unreadableHeadersAreIgnored() throws Exception {
    RateLimiter limiter = limiter(10);

    limiter.onResponse(
        response(
            200,
            "X-RateLimit-Limit",
            "lots",
            "X-RateLimit-Remaining",
            "-3",
            "X-RateLimit-Reset",
            "tomorrow",
            "Retry-After",
            "soon"));
    assertEquals(10, limiter.remaining());

    limiter.onResponse(response(429, "Retry-After", "soon", "X-RateLimit-Reset", "tomorrow"));
    limiter.acquire().close();
    assertEquals(List.of(WINDOW), time.sleeps(), "a 429 still pauses, for the default one window");
  }

  @Test
  void exceedingMaxWaitThrowsAtOnceWithoutTakingASlot() throws Exception {
    RateLimiter limiter = RateLimiter.create(config(2).maxWait(Duration.ofSeconds(10)).build());
    limiter.acquire().close();
    limiter.acquire().close();

    RateLimitWaitTimeoutException e =
        assertThrows(RateLimitWaitTimeoutException.class, limiter::acquire);

    assertEquals(HOLD, e.requiredWait());
    assertEquals(Duration.ofSeconds(10), e.maxWait());
    assertEquals(List.of(), time.sleeps(), "gave up without waiting");
    assertEquals(0, limiter.remaining());
    assertEquals(0, limiter.waiting());
    time.advance(HOLD);
    assertEquals(2, limiter.remaining(), "the failed acquire took no slot");
  }

  @Test
  void aServerPauseLongerThanMaxWaitThrowsWithoutTakingASlot() {
    RateLimiter limiter = RateLimiter.create(config(2).maxWait(Duration.ofSeconds(10)).build());
    limiter.onResponse(response(429, "Retry-After", "30"));

    RateLimitWaitTimeoutException e =
        assertThrows(RateLimitWaitTimeoutException.class, limiter::acquire);

    assertEquals(Duration.ofSeconds(30), e.requiredWait());
    time.advance(Duration.ofSeconds(30));
    assertEquals(2, limiter.remaining());
  }

  @Test
  void aWaitOfExactlyMaxWaitIsAllowed() throws Exception {
    RateLimiter limiter = RateLimiter.create(config(1).maxWait(HOLD).build());
    limiter.acquire().close();

    limiter.acquire().close();

    assertEquals(List.of(HOLD), time.sleeps());
  }

  @Test
  void zeroMaxWaitSendsWhileThereIsRoomAndNeverWaits() throws Exception {
    RateLimiter limiter = RateLimiter.create(config(1).maxWait(Duration.ZERO).build());

    limiter.acquire().close();

    assertThrows(RateLimitWaitTimeoutException.class, limiter::acquire);
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void throwsAtOnceWhenOnlyAnInFlightRequestCouldFreeASlotAndAWindowExceedsMaxWait() {
    RateLimiter limiter = RateLimiter.create(config(1).maxWait(Duration.ofSeconds(10)).build());
    RateLimiter.Permit inFlight =
        assertTimeoutPreemptively(Duration.ofSeconds(5), limiter::acquire);

    // Even if it completed this instant, its slot would free a window (60 s) from now.
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertThrows(RateLimitWaitTimeoutException.class, limiter::acquire));
    inFlight.close();
  }

  @Test
  void forTokenReturnsOneLimiterPerToken() {
    String token = uniqueToken();
    RateLimiter limiter = RateLimiter.forToken(token, config(10).build());

    assertSame(limiter, RateLimiter.forToken(token, RateLimitConfig.ofDefaults()));
    assertNotSame(limiter, RateLimiter.forToken(uniqueToken(), config(10).build()));
    assertEquals(10, RateLimiter.forToken(token, RateLimitConfig.ofDefaults()).config().limit());
  }

  @Test
  void toStringShowsLimitWindowAndRemainingButNeverTheToken() {
    String token = uniqueToken();
    RateLimiter limiter = RateLimiter.forToken(token, config(10).build());

    String text = limiter.toString();

    assertEquals("LocalRateLimiter{limit=10, window=PT1M, remaining=10}", text);
    assertFalse(text.contains(token));
  }

  @Test
  void argumentsAreChecked() {
    assertEquals(
        "token == null",
        assertThrows(
                NullPointerException.class, () -> RateLimiter.forToken(null, config(1).build()))
            .getMessage());
    assertEquals(
        "config == null",
        assertThrows(NullPointerException.class, () -> RateLimiter.forToken("t", null))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> RateLimiter.forToken("", config(1).build()));
    assertEquals(
        "config == null",
        assertThrows(NullPointerException.class, () -> RateLimiter.create(null)).getMessage());
    assertEquals(
        "response == null",
        assertThrows(NullPointerException.class, () -> limiter(1).onResponse(null)).getMessage());
  }

  @Test
  void aWallClockSetBackTenMinutesHoldsNoCallerBack() throws Exception {
    // Item 14 of issue 13: intervals run on the monotonic ticker; the wall clock only reads dates.
    Duration[] step = {Duration.ZERO};
    java.time.Clock wall = new java.time.Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public java.time.Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        return time.instant().plus(step[0]);
      }
    };
    RateLimiter limiter = RateLimiter.create(config(2).clock(wall).build());
    limiter.acquire().close();
    limiter.acquire().close();

    step[0] = Duration.ofMinutes(-10); // the system clock is corrected back ten minutes
    time.advance(HOLD);

    assertEquals(2, limiter.remaining());
    limiter.acquire().close();
    limiter.acquire().close();
    assertEquals(List.of(), time.sleeps(), "both slots freed a window after their requests, as measured");
  }

  @Test
  void aCancelledTicketThrowsAndTakesNoSlot() throws Exception {
    RateLimiter limiter = limiter(1);
    RateLimiter.Permit held = limiter.acquire();
    RateLimiter.Ticket ticket = limiter.ticket();
    ticket.cancel();

    assertThrows(java.util.concurrent.CancellationException.class, () -> ticket.await(Duration.ofMinutes(1)));

    held.close();
    time.advance(HOLD);
    assertEquals(1, limiter.remaining());
    assertEquals(0, limiter.waiting());
  }

  private RateLimiter limiter(int limit) {
    return RateLimiter.create(config(limit).build());
  }

  private RateLimitConfig.Builder config(int limit) {
    return RateLimitConfig.builder().limit(limit).window(WINDOW).clock(time).ticker(time).sleeper(time);
  }

  private static String uniqueToken() {
    return "test-token-" + UUID.randomUUID(); // the registry is JVM-wide: never reuse a token
  }

  static Response response(int code, String... headerNamesAndValues) {
    return new Response.Builder()
        .request(new Request.Builder().url("https://app.trengo.com/api/v2/contacts").build())
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message(code == 429 ? "Too Many Requests" : "OK")
        .headers(Headers.of(headerNamesAndValues))
        .build();
  }
}

package com.trengo.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
  private final FakeTime time = new FakeTime(); // 2024-01-01T00:00:00Z, a Monday
  private final long nowEpochSeconds = FakeTime.DEFAULT_START.getEpochSecond();

  @Test
  void retryAfterReadsDelaySeconds() {
    assertEquals(
        Optional.of(Duration.ofSeconds(7)),
        RateLimitHeaders.retryAfter(Headers.of("Retry-After", "7"), time));
  }

  @Test
  void retryAfterReadsAnHttpDate() {
    Headers headers = Headers.of("Retry-After", "Mon, 01 Jan 2024 00:00:30 GMT");

    assertEquals(Optional.of(Duration.ofSeconds(30)), RateLimitHeaders.retryAfter(headers, time));
  }

  @Test
  void retryAfterDateInThePastMeansNoWait() {
    Headers headers = Headers.of("Retry-After", "Sun, 31 Dec 2023 23:59:00 GMT");

    assertEquals(Optional.of(Duration.ZERO), RateLimitHeaders.retryAfter(headers, time));
  }

  @Test
  void retryAfterFallsBackToResetEpochSeconds() {
    Headers headers = Headers.of("X-RateLimit-Reset", Long.toString(nowEpochSeconds + 12));

    assertEquals(Optional.of(Duration.ofSeconds(12)), RateLimitHeaders.retryAfter(headers, time));
  }

  @Test
  void resetInThePastMeansNoWait() {
    Headers headers = Headers.of("X-RateLimit-Reset", Long.toString(nowEpochSeconds - 5));

    assertEquals(Optional.of(Duration.ZERO), RateLimitHeaders.retryAfter(headers, time));
  }

  @Test
  void retryAfterWinsOverReset() {
    Headers headers =
        Headers.of("Retry-After", "3", "X-RateLimit-Reset", Long.toString(nowEpochSeconds + 40));

    assertEquals(Optional.of(Duration.ofSeconds(3)), RateLimitHeaders.retryAfter(headers, time));
  }

  @Test
  void unreadableRetryAfterFallsBackToReset() {
    Headers headers =
        Headers.of("Retry-After", "soon", "X-RateLimit-Reset", Long.toString(nowEpochSeconds + 40));

    assertEquals(Optional.of(Duration.ofSeconds(40)), RateLimitHeaders.retryAfter(headers, time));
  }

  @Test
  void retryAfterIsEmptyWhenHeadersAreAbsentOrUnreadable() {
    assertEquals(Optional.empty(), RateLimitHeaders.retryAfter(Headers.of(), time));
    for (String garbage : new String[] {"", " ", "soon", "-5", "+5", "1.5", "1e3", "0x10"}) {
      Headers headers = Headers.of("Retry-After", garbage, "X-RateLimit-Reset", garbage);
      assertEquals(Optional.empty(), RateLimitHeaders.retryAfter(headers, time), garbage);
    }
  }

  @Test
  void absurdlyLargeValuesAreIgnoredOrKeptWithoutOverflow() {
    String huge = "999999999999999999"; // 18 digits: seconds fit a Duration, not an Instant
    assertEquals(
        Optional.empty(), RateLimitHeaders.retryAfter(Headers.of("X-RateLimit-Reset", huge), time));
    assertEquals(
        Optional.of(Duration.ofSeconds(999_999_999_999_999_999L)),
        RateLimitHeaders.retryAfter(Headers.of("Retry-After", huge), time));
    assertEquals(
        Optional.empty(), RateLimitHeaders.retryAfter(Headers.of("Retry-After", huge + "9"), time));
  }

  @Test
  void limitAndRemainingReadIntegersIgnoringSurroundingSpace() {
    Headers headers = Headers.of("X-RateLimit-Limit", " 120 ", "X-RateLimit-Remaining", "0");

    assertEquals(OptionalInt.of(120), RateLimitHeaders.limit(headers));
    assertEquals(OptionalInt.of(0), RateLimitHeaders.remaining(headers));
  }

  @Test
  void limitAndRemainingIgnoreGarbageNegativesAndOverflow() {
    for (String garbage : new String[] {"", "lots", "-1", "12.5", "99999999999"}) {
      Headers headers = Headers.of("X-RateLimit-Limit", garbage, "X-RateLimit-Remaining", garbage);
      assertEquals(OptionalInt.empty(), RateLimitHeaders.limit(headers), garbage);
      assertEquals(OptionalInt.empty(), RateLimitHeaders.remaining(headers), garbage);
    }
  }

  @Test
  void aLimitOfZeroIsIgnoredBecauseItWouldStopAllTraffic() {
    assertEquals(OptionalInt.empty(), RateLimitHeaders.limit(Headers.of("X-RateLimit-Limit", "0")));
  }

  @Test
  void absentLimitAndRemainingAreEmpty() {
    assertEquals(OptionalInt.empty(), RateLimitHeaders.limit(Headers.of()));
    assertEquals(OptionalInt.empty(), RateLimitHeaders.remaining(Headers.of()));
  }
}

package com.trengo.client.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import okhttp3.Headers;

/**
 * Reads the rate-limit headers Trengo sends: {@code Retry-After}, {@code X-RateLimit-Reset}, {@code
 * X-RateLimit-Limit} and {@code X-RateLimit-Remaining}.
 *
 * <p>Internal: shared by the rate limiter and the retry logic, not part of the public API, and may
 * change without notice. Every method is lenient: a missing, malformed or nonsensical header reads
 * as absent and never throws, because a server quirk must not turn into a failed request.
 */
public final class RateLimitHeaders {
  static final String RETRY_AFTER = "Retry-After";
  static final String RESET = "X-RateLimit-Reset";
  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";

  private RateLimitHeaders() {}

  /**
   * How long the server asks us to wait: {@code Retry-After} as delay-seconds or an HTTP-date (RFC
   * 1123), else {@code X-RateLimit-Reset} as Unix epoch seconds, measured from {@code clock}'s now.
   * A time already past yields {@link Duration#ZERO}, never a negative duration.
   *
   * @return the wait, or empty if neither header is present and readable
   */
  public static Optional<Duration> retryAfter(Headers headers, Clock clock) {
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(clock, "clock == null");
    Optional<Duration> retryAfter = retryAfterHeader(headers, clock);
    return retryAfter.isPresent() ? retryAfter : resetHeader(headers, clock);
  }

  /** {@code X-RateLimit-Limit} if it is a positive integer; a limit of zero makes no sense. */
  public static OptionalInt limit(Headers headers) {
    Objects.requireNonNull(headers, "headers == null");
    OptionalInt limit = parseInt(headers.get(LIMIT));
    return limit.isPresent() && limit.getAsInt() > 0 ? limit : OptionalInt.empty();
  }

  /** {@code X-RateLimit-Remaining} if it is a non-negative integer. */
  public static OptionalInt remaining(Headers headers) {
    Objects.requireNonNull(headers, "headers == null");
    return parseInt(headers.get(REMAINING));
  }

  private static Optional<Duration> retryAfterHeader(Headers headers, Clock clock) {
    String value = headers.get(RETRY_AFTER);
    if (value == null) {
      return Optional.empty();
    }
    OptionalLong seconds = parseLong(value);
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofSeconds(seconds.getAsLong()));
    }
    // OkHttp's parser also accepts the obsolete RFC 850 and asctime forms HTTP/1.1 allows.
    Instant date = headers.getInstant(RETRY_AFTER);
    return date == null ? Optional.empty() : Optional.of(untilFrom(clock, date));
  }

  private static Optional<Duration> resetHeader(Headers headers, Clock clock) {
    OptionalLong epochSeconds = parseLong(headers.get(RESET));
    if (epochSeconds.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(untilFrom(clock, Instant.ofEpochSecond(epochSeconds.getAsLong())));
    } catch (DateTimeException e) {
      return Optional.empty(); // beyond Instant.MAX: garbage, not a real reset time
    }
  }

  private static Duration untilFrom(Clock clock, Instant instant) {
    Duration until = Duration.between(clock.instant(), instant);
    return until.isNegative() ? Duration.ZERO : until;
  }

  private static OptionalInt parseInt(String value) {
    OptionalLong parsed = parseLong(value);
    if (parsed.isEmpty() || parsed.getAsLong() > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) parsed.getAsLong());
  }

  /** Plain ASCII digits only: no sign, no decimals, no exponent, as the header grammars say. */
  private static OptionalLong parseLong(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    String trimmed = value.trim();
    if (trimmed.isEmpty() || trimmed.length() > 18) { // 18 digits always fit in a long
      return OptionalLong.empty();
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(Long.parseLong(trimmed));
  }
}

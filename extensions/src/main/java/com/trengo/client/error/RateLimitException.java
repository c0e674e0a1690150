package com.trengo.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: the server refused the request before doing anything with it. The client
 * retries these by itself; this exception means the retries ran out, or the server asked for a wait
 * longer than the retry policy allows.
 */
public final class RateLimitException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitException(ErrorResponse response, Duration retryAfter) {
    super(response);
    this.retryAfter = retryAfter;
  }

  /**
   * The wait the server asked for, from {@code Retry-After} (seconds or an HTTP date) or {@code
   * X-RateLimit-Reset}; empty when it named none.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

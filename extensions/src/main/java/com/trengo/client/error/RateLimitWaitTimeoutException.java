package com.trengo.client.error;

import java.time.Duration;
import java.util.Objects;

/**
 * The client-side rate limiter would have had to wait longer than its configured maximum wait before
 * sending a request, so it gave up without sending anything. Nothing reached the server.
 */
public final class RateLimitWaitTimeoutException extends TrengoException {
  private static final long serialVersionUID = 1L;

  private final Duration requiredWait;
  private final Duration maxWait;

  /**
   * Creates the exception.
   *
   * @param requiredWait how long the limiter would have had to wait in total
   * @param maxWait the configured maximum wait that was exceeded
   */
  public RateLimitWaitTimeoutException(Duration requiredWait, Duration maxWait) {
    super(
        "rate limiter would wait "
            + Objects.requireNonNull(requiredWait, "requiredWait == null").toMillis()
            + " ms, more than the maximum wait of "
            + Objects.requireNonNull(maxWait, "maxWait == null").toMillis()
            + " ms; no request was sent");
    this.requiredWait = requiredWait;
    this.maxWait = maxWait;
  }

  /** How long the limiter would have had to wait in total (at least {@link #maxWait()}). */
  public Duration requiredWait() {
    return requiredWait;
  }

  /** The configured maximum wait. */
  public Duration maxWait() {
    return maxWait;
  }
}

package com.trengo.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox retries a webhook delivery its receiver did not accept: any answer but 2xx, no
 * answer within the attempt timeout, or no connection. The sandbox's own choice: Trengo documents no
 * retry policy, timeout or expected status (so a receiver must cope with a delivery missed or sent
 * twice either way). Deterministic, without jitter, so tests can assert the delays.
 *
 * <p>Default: 5 attempts, waiting 1 s, 2 s, 4 s and 8 s between them (doubling, capped at 1 minute),
 * each attempt given 10 s to answer.
 */
public final class WebhookRetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration attemptTimeout;

  private WebhookRetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.attemptTimeout = builder.attemptTimeout;
  }

  /** 5 attempts, 1 s backoff doubling to at most 1 minute, 10 s per attempt. */
  public static WebhookRetryPolicy ofDefaults() {
    return builder().build();
  }

  /** One attempt, never retried. */
  public static WebhookRetryPolicy noRetries() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many attempts at most, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** How long an attempt may take before it counts as failed. */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /** The wait after the {@code failedAttempt}-th attempt failed: the initial backoff, doubled each time, capped. */
  public Duration backoffAfter(int failedAttempt) {
    if (failedAttempt < 1) {
      throw new IllegalArgumentException("failedAttempt < 1: " + failedAttempt);
    }
    Duration backoff = initialBackoff;
    for (int i = 1; i < failedAttempt && backoff.compareTo(maxBackoff) < 0; i++) {
      backoff = backoff.multipliedBy(2);
    }
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }

  @Override
  public String toString() {
    return "WebhookRetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", attemptTimeout=" + attemptTimeout + '}';
  }

  /** Configures a {@link WebhookRetryPolicy}; each setter checks its argument. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofMinutes(1);
    private Duration attemptTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** How many attempts at most, the first included (default 5); 1 never retries. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The wait after the first failed attempt (default 1 s); zero retries at once. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = notNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The longest wait between attempts (default 1 minute). */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = notNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** How long an attempt may take to be answered (default 10 s). */
    public Builder attemptTimeout(Duration attemptTimeout) {
      Objects.requireNonNull(attemptTimeout, "attemptTimeout == null");
      if (attemptTimeout.isZero() || attemptTimeout.isNegative()) {
        throw new IllegalArgumentException("attemptTimeout must be positive: " + attemptTimeout);
      }
      this.attemptTimeout = attemptTimeout;
      return this;
    }

    /** The policy. */
    public WebhookRetryPolicy build() {
      return new WebhookRetryPolicy(this);
    }

    private static Duration notNegative(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " is negative: " + value);
      }
      return value;
    }
  }
}

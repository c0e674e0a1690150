package com.trengo.client.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * The signature is valid, but its timestamp is further from now than the tolerance you configured
 * ({@link WebhookVerifier.Builder#tolerance(Duration)}), in the past (a replayed or long-delayed
 * delivery) or in the future (a clock running ahead). Thrown only after the signature matched, so
 * the timestamp is Trengo's.
 */
public final class StaleSignatureException extends WebhookSignatureException {
  private static final long serialVersionUID = 1L;

  private final Instant timestamp;
  private final Instant now;
  private final Duration tolerance;

  StaleSignatureException(Instant timestamp, Instant now, Duration tolerance) {
    super("Trengo-Signature timestamp " + timestamp.getEpochSecond() + " (" + timestamp + ") is "
        + Duration.between(timestamp, now).abs().getSeconds() + " s "
        + (timestamp.isBefore(now) ? "before" : "after") + " now (" + now + "), outside the tolerance of "
        + tolerance.getSeconds() + " s");
    this.timestamp = timestamp;
    this.now = now;
    this.tolerance = tolerance;
  }

  /** When Trengo signed the delivery. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The time the verifier's clock read. */
  public Instant now() {
    return now;
  }

  /** The tolerance the timestamp fell outside of. */
  public Duration tolerance() {
    return tolerance;
  }
}

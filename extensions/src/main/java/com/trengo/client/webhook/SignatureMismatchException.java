package com.trengo.client.webhook;

import java.time.Instant;

/**
 * The header is well formed, but no configured signing secret produces its hash over the timestamp
 * and the body received: the body was changed on the way (or re-encoded before verifying), the
 * secret is not this webhook's, or the request is forged.
 */
public final class SignatureMismatchException extends WebhookSignatureException {
  private static final long serialVersionUID = 1L;

  private final Instant timestamp;

  SignatureMismatchException(Instant timestamp, int secrets) {
    super("Trengo-Signature does not match the body: none of the "
        + secrets + " signing secret(s) configured produces its hash (timestamp " + timestamp.getEpochSecond()
        + ", " + timestamp + "). Verify the raw body bytes as received, before any parsing.");
    this.timestamp = timestamp;
  }

  /** The timestamp the header claims; not proven, since the signature did not match. */
  public Instant timestamp() {
    return timestamp;
  }
}

package com.trengo.client.webhook;

/** The request carried no {@code Trengo-Signature} header (or an empty one): not a Trengo delivery. */
public final class MissingSignatureException extends WebhookSignatureException {
  private static final long serialVersionUID = 1L;

  MissingSignatureException(String message) {
    super(message);
  }
}

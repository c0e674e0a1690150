package com.trengo.client.webhook;

/**
 * The {@code Trengo-Signature} header is not {@code <unix seconds>;<hash>}: exactly two parts
 * separated by one {@code ;}, the first a whole number of seconds (digits only), the second 64
 * lowercase hexadecimal digits. The message quotes the header (shortened and escaped; it holds no
 * secret) and says which rule it broke.
 */
public final class MalformedSignatureException extends WebhookSignatureException {
  private static final long serialVersionUID = 1L;

  MalformedSignatureException(String message) {
    super(message);
  }
}

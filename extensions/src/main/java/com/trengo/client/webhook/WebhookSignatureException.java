package com.trengo.client.webhook;

import com.trengo.client.error.TrengoException;

/**
 * A delivery's {@code Trengo-Signature} did not prove that Trengo sent it, so its body must not be
 * trusted. Answer such a request with 401 and do not act on it. One subclass per reason:
 *
 * <ul>
 *   <li>{@link MissingSignatureException}: no {@code Trengo-Signature} header.
 *   <li>{@link MalformedSignatureException}: the header is not {@code <unix seconds>;<64 lowercase
 *       hex digits>}.
 *   <li>{@link SignatureMismatchException}: no configured signing secret produces the hash (a
 *       changed body, the wrong secret, or a forgery).
 *   <li>{@link StaleSignatureException}: the signature is valid but its timestamp lies outside the
 *       tolerance you configured.
 * </ul>
 *
 * <p>No message ever contains a signing secret or the hash a secret would produce.
 */
public abstract class WebhookSignatureException extends TrengoException {
  private static final long serialVersionUID = 1L;

  WebhookSignatureException(String message) {
    super(message);
  }
}

package com.trengo.client.error;

/**
 * The base of every exception this library throws. It is unchecked: catch it, or one of its
 * subclasses, where you can act on the failure.
 *
 * <ul>
 *   <li>{@link TrengoServiceException}: the API answered with an error status (one subclass per
 *       meaning: 400, 401, 403, 404, 422, 429, 5xx).
 *   <li>{@link TrengoIoException}: the network failed; {@link TrengoOutcomeUnknownException} when a
 *       request that creates data may have reached the server.
 *   <li>{@link RateLimitWaitTimeoutException}: the client-side rate limiter would have waited longer
 *       than allowed.
 *   <li>{@link TrengoValidationException}: a request built with a validating builder was invalid,
 *       and was not sent.
 *   <li>{@link com.trengo.client.webhook.WebhookSignatureException} and {@link
 *       com.trengo.client.webhook.WebhookPayloadException}: a webhook delivery was not signed by
 *       Trengo, or did not read as its event type.
 * </ul>
 */
public class TrengoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public TrengoException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public TrengoException(String message, Throwable cause) {
    super(message, cause);
  }
}

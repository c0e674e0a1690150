package com.trengo.client.error;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A request that is not safe to repeat (it creates data: a contact, a ticket, a message, ...) failed
 * after it may have reached the server, so it may have been applied: the connection dropped or timed
 * out after it was sent; its answer was cut short or could not be read (an HTML page with status 200
 * from a proxy, half a JSON document); or the answer was a status that does not say (a redirect, 500,
 * 502, 503, 504). The library does not resend it, because that could create a duplicate, and does not
 * claim it was applied or not: look the result up (for example the contact by its identifier, which
 * {@code contacts().getOrCreate(..)} and {@code contacts().createOnce(..)} do) before sending it again.
 *
 * <p>{@link #statusCode()} and {@link #bodyExcerpt()} say what came back, when anything did.
 */
public final class TrengoOutcomeUnknownException extends TrengoIoException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String bodyExcerpt;

  /** Creates the exception; the message should name the request (method and path, no secrets). */
  public TrengoOutcomeUnknownException(String message, IOException cause) {
    this(message, 0, "", cause);
  }

  /**
   * Creates the exception for an answer that does not settle the outcome.
   *
   * @param statusCode the answer's HTTP status, or 0 when no answer arrived
   * @param bodyExcerpt the start of the answer's body, or empty
   * @param cause the failure: an I/O error, or the service exception for the answer's status
   */
  public TrengoOutcomeUnknownException(String message, int statusCode, String bodyExcerpt, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
  }

  /** The status of the answer that did not settle the outcome; empty when no answer arrived. */
  public OptionalInt statusCode() {
    return statusCode == 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /** The start of that answer's body, as one line; empty when there was none. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}

package com.trengo.client.error;

import java.io.IOException;

/**
 * A request that is not safe to repeat (it creates data: a contact, a ticket, a message, ...) failed
 * after it may have reached the server: the connection dropped or timed out while the server had the
 * request. It may have been applied. The library does not resend it, because that could create a
 * duplicate; look the result up (for example the contact by its identifier) before deciding to send
 * it again.
 */
public final class TrengoOutcomeUnknownException extends TrengoIoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message should name the request (method and path, no secrets). */
  public TrengoOutcomeUnknownException(String message, IOException cause) {
    super(message, cause);
  }
}

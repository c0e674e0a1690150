package com.trengo.client.error;

import java.io.IOException;

/**
 * The network failed (no connection, a reset, a timeout), or the call ended before a usable answer
 * arrived. When this is thrown for a request that creates data and may have reached the server, it is
 * the more specific {@link TrengoOutcomeUnknownException}.
 */
public class TrengoIoException extends TrengoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the I/O failure that caused it. */
  public TrengoIoException(String message, IOException cause) {
    super(message, cause);
  }

  /** Creates the exception with whatever ended the call: an I/O failure, or an answer it could not use. */
  protected TrengoIoException(String message, Throwable cause) {
    super(message, cause);
  }
}

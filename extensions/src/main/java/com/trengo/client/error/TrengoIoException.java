package com.trengo.client.error;

import java.io.IOException;

/**
 * The network failed: no connection, a reset, a timeout. When this is thrown for a request that
 * creates data, it is the more specific {@link TrengoOutcomeUnknownException}.
 */
public class TrengoIoException extends TrengoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the I/O failure that caused it. */
  public TrengoIoException(String message, IOException cause) {
    super(message, cause);
  }
}

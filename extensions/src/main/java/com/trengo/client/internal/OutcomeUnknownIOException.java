package com.trengo.client.internal;

import java.io.IOException;

/** A request that is not safe to repeat failed after it may have reached the server. */
final class OutcomeUnknownIOException extends IOException {
  private static final long serialVersionUID = 1L;

  OutcomeUnknownIOException(String message, IOException cause) {
    super(message, cause);
  }
}

package com.trengo.client.internal;

import java.io.IOException;

/**
 * Thrown through OkHttp's chain (which only carries IOExceptions) when the client itself gave up
 * before sending: the rate limiter's maximum wait ran out, or the waiting thread was interrupted. It is
 * never retried, and the executor unwraps the cause.
 */
final class NotSentException extends IOException {
  private static final long serialVersionUID = 1L;

  NotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}

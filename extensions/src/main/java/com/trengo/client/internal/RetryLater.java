package com.trengo.client.internal;

import java.io.IOException;
import java.time.Duration;

/**
 * Not a failure: {@link RetryInterceptor} decided to try an async call again after {@link #delay()}
 * (zero after a redirect). It ends the attempt so no thread waits; {@link AsyncCall} schedules the next
 * one. Never reaches a caller.
 */
final class RetryLater extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Duration wait;

  RetryLater(Duration wait) {
    super("next attempt in " + wait);
    this.wait = wait;
  }

  Duration delay() {
    return wait;
  }
}

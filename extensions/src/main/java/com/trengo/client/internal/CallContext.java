package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import java.util.concurrent.atomic.AtomicInteger;

/** Per-call state carried as a request tag: the caller's overrides and how many attempts were made. */
final class CallContext {
  private final RequestOptions options;
  private final AtomicInteger attempts = new AtomicInteger();

  CallContext(RequestOptions options) {
    this.options = options;
  }

  RequestOptions options() {
    return options;
  }

  int attempts() {
    return attempts.get();
  }

  void countAttempt() {
    attempts.incrementAndGet();
  }
}

package com.trengo.sandbox.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One request to hold: it matches like a {@link ScriptedFault}, and the thread serving it waits, before
 * anything is applied, until the test releases it (or the sandbox is reset or closed). At most
 * {@link #MAX_HOLD}, so a forgotten hold cannot keep a server thread for ever.
 */
public final class Hold {
  static final Duration MAX_HOLD = Duration.ofMinutes(5);

  private final ScriptedFault match;
  private final CountDownLatch arrived = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  Hold(String method, String pathTemplate) {
    this.match = new ScriptedFault(method, pathTemplate, com.trengo.sandbox.FaultType.DELAY, 1);
  }

  boolean matches(String method, String apiPath) {
    return match.matches(method, apiPath);
  }

  /** Called by the serving thread: marks the arrival and waits for the release. */
  void holdHere() {
    arrived.countDown();
    try {
      released.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the request arrived within {@code timeout}. */
  public boolean awaitArrival(Duration timeout) throws InterruptedException {
    return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the request has arrived. */
  public boolean arrived() {
    return arrived.getCount() == 0;
  }

  /** Lets the held request go on: it is applied and answered as usual. */
  public void release() {
    released.countDown();
  }
}

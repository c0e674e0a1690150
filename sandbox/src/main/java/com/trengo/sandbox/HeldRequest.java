package com.trengo.sandbox;

import com.trengo.sandbox.internal.Hold;
import java.time.Duration;
import java.util.Objects;

/**
 * A request the sandbox holds when it arrives (see {@link Faults#hold}): the client waits for an answer
 * that does not come until the test releases it. Released requests are applied and answered as usual.
 */
public final class HeldRequest {
  private final Hold hold;

  HeldRequest(Hold hold) {
    this.hold = hold;
  }

  /** Waits until the request has arrived; false when it did not within {@code timeout}. */
  public boolean awaitArrival(Duration timeout) throws InterruptedException {
    return hold.awaitArrival(Objects.requireNonNull(timeout, "timeout == null"));
  }

  /** Whether the request has arrived and is being held (or was). */
  public boolean arrived() {
    return hold.arrived();
  }

  /** Lets the request go on. Idempotent. */
  public void release() {
    hold.release();
  }
}

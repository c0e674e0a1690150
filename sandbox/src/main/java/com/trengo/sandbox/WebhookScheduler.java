package com.trengo.sandbox;

import java.time.Duration;

/**
 * Runs a webhook delivery's next attempt after its backoff. The sandbox's own timer by default; a test
 * that checks retries passes one that runs the attempt at once and records the delay, so it never waits.
 */
@FunctionalInterface
public interface WebhookScheduler {

  /** Runs {@code attempt} once {@code delay} has passed, on any thread; never on the caller's. */
  void schedule(Runnable attempt, Duration delay);
}

package com.trengo.client.http;

import java.time.Duration;

/**
 * Waits for a duration. The library never calls {@code Thread.sleep} directly: retries and the rate
 * limiter wait through a {@code Sleeper}, so tests can inject one that advances a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real sleeper: {@link Thread#sleep(long, int)}, honouring interruption. */
  Sleeper SYSTEM =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  /**
   * Blocks for {@code duration}; returns at once for zero or negative durations.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}

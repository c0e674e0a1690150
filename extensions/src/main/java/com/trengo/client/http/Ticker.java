package com.trengo.client.http;

/**
 * A monotonic time source, in nanoseconds, for measuring intervals (how long a slot stays taken, when a
 * call's time is up). Unlike the wall clock it never steps back or jumps when the system time is set,
 * so a clock corrected by ten minutes does not stall every caller for ten minutes. Only differences
 * between two readings mean anything. Tests inject one that advances with a fake clock.
 */
@FunctionalInterface
public interface Ticker {

  /** {@link System#nanoTime()}. */
  Ticker SYSTEM = System::nanoTime;

  /** The current reading, in nanoseconds from an arbitrary origin. */
  long nanoTime();
}

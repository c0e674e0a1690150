package com.trengo.sandbox.internal;

import com.trengo.sandbox.RateLimit;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A per-token sliding-window log: a request is allowed when fewer than {@code limit} requests of the
 * same token were allowed in the window ending now. Stricter than a fixed window, which lets up to twice
 * the limit through around a window boundary, so a client that never trips this never trips Trengo's.
 * Refused requests are not logged: waiting {@code Retry-After} always suffices.
 */
public final class SlidingWindowRateLimiter {

  private final RateLimit limit;
  private final Clock clock;
  private final Map<String, Deque<Long>> allowedAtMillis = new HashMap<>();

  /** Enforces {@code limit}, reading time from {@code clock}. */
  public SlidingWindowRateLimiter(RateLimit limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Takes one request from {@code key}'s budget, if there is one left. */
  public synchronized RateLimitDecision acquire(String key) {
    long now = clock.millis();
    long windowMillis = limit.window().toMillis();
    Deque<Long> log = allowedAtMillis.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!log.isEmpty() && log.peekFirst() <= now - windowMillis) {
      log.pollFirst();
    }
    if (log.size() < limit.requests()) {
      log.addLast(now);
      return new RateLimitDecision(true, limit.requests(), limit.requests() - log.size(), 0, 0);
    }
    // The oldest request leaves the window at oldest + window; one more is allowed from then on.
    long freeAtMillis = log.peekFirst() + windowMillis;
    long retryAfter = Math.max(1, ceilDiv(freeAtMillis - now, 1000));
    return new RateLimitDecision(false, limit.requests(), 0, retryAfter, ceilDiv(freeAtMillis, 1000));
  }

  /** Forgets every token's history. */
  public synchronized void reset() {
    allowedAtMillis.clear();
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}

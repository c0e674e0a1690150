package com.trengo.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.MutableClock;
import com.trengo.sandbox.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.EPOCH);
  private final SlidingWindowRateLimiter limiter =
      new SlidingWindowRateLimiter(new RateLimit(2, Duration.ofSeconds(10)), clock);

  @Test
  void refusesWhatAFixedWindowWouldAllowAcrossItsBoundary() {
    // A fixed window [0,10) [10,20) would let t=9, t=10 and t=11 through: three in two seconds.
    boolean atZero = acquireAt(0);
    boolean atNine = acquireAt(9_000);
    boolean atTen = acquireAt(10_000);
    boolean atEleven = acquireAt(11_000);

    assertTrue(atZero);
    assertTrue(atNine);
    assertTrue(atTen, "t=0 has left the window");
    assertFalse(atEleven, "t=9 and t=10 are still in it");
  }

  @Test
  void refusedRequestsDoNotPushTheWindowBack() {
    acquireAt(0);
    acquireAt(1_000);
    for (long t = 2_000; t < 10_000; t += 1_000) {
      assertFalse(acquireAt(t));
    }

    assertTrue(acquireAt(10_000), "waiting Retry-After is always enough");
  }

  @Test
  void tokensDoNotShareABudget() {
    limiter.acquire("a");
    limiter.acquire("a");

    assertFalse(limiter.acquire("a").allowed());
    RateLimitDecision other = limiter.acquire("b");
    assertTrue(other.allowed());
    assertEquals(1, other.remaining());
  }

  private boolean acquireAt(long epochMillis) {
    clock.advance(Duration.ofMillis(epochMillis - clock.millis()));
    return limiter.acquire("token").allowed();
  }
}

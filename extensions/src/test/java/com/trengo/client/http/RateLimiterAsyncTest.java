package com.trengo.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.testing.FakeScheduler;
import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RateLimiter.Ticket#awaitAsync}: the same queue, decisions and guarantees as the blocking
 * wait, with the waits on a scheduler. Fake time and a fake scheduler: nothing sleeps for real.
 */
class RateLimiterAsyncTest {
  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final Duration HOLD = WINDOW.plusMillis(1);

  private final FakeTime time = new FakeTime();
  private final FakeScheduler scheduler = new FakeScheduler(time);

  @AfterEach
  void close() {
    scheduler.close();
  }

  private LocalRateLimiter limiter(int limit) {
    return RateLimiter.create(RateLimitConfig.builder().limit(limit).window(WINDOW)
        .clock(time).ticker(time).sleeper(time).scheduler(scheduler).build());
  }

  private static void until(BooleanSupplier condition) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      while (!condition.getAsBoolean()) {
        Thread.onSpinWait();
      }
    });
  }

  @Test
  void aFreeSlotIsGrantedAtOnceAndAFullWindowIsWaitedOutOnTheScheduler() throws Exception {
    LocalRateLimiter limiter = limiter(1);
    CompletableFuture<RateLimiter.Permit> first = limiter.ticket().awaitAsync(WINDOW.multipliedBy(2));
    assertTrue(first.isDone(), "no wait: granted on the caller's thread");
    first.join().close();

    CompletableFuture<RateLimiter.Permit> second = limiter.ticket().awaitAsync(WINDOW.multipliedBy(2));
    until(() -> scheduler.timedDelays().contains(HOLD));
    assertFalse(second.isDone());
    assertEquals(1, limiter.waiting());
    scheduler.advance(HOLD.minusMillis(1));
    scheduler.drain();
    assertFalse(second.isDone(), "not a millisecond early");

    scheduler.advance(Duration.ofMillis(1));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> second.get()).close();
    assertEquals(0, limiter.waiting());
    assertEquals(List.of(), time.sleeps(), "no thread slept");
  }

  @Test
  void syncAndAsyncWaitersShareOneQueueFirstComeFirstServed() throws Exception {
    LocalRateLimiter limiter = limiter(1);
    RateLimiter.Permit held = limiter.acquire(); // in flight
    List<String> order = new CopyOnWriteArrayList<>();

    CompletableFuture<RateLimiter.Permit> a = limiter.ticket().awaitAsync(Duration.ofHours(1));
    a.thenAccept(p -> order.add("async A"));
    Thread b = new Thread(() -> {
      try {
        RateLimiter.Permit permit = limiter.acquire();
        order.add("sync B");
        permit.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    b.start();
    until(() -> limiter.waiting() == 2);
    CompletableFuture<RateLimiter.Permit> c = limiter.ticket().awaitAsync(Duration.ofHours(1));
    c.thenAccept(p -> order.add("async C"));
    assertEquals(3, limiter.waiting());

    held.close();
    until(() -> scheduler.count(HOLD) == 1); // A, the head, waits for the slot's window
    scheduler.advance(HOLD);
    until(() -> a.isDone());
    assertEquals(List.of("async A"), order, "B and C arrived later: they wait");
    a.join().close(); // B, the head now, waits the window out on its own thread (the fake sleeper)
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> b.join());
    until(() -> scheduler.count(HOLD) == 2); // C, the head now, waits for B's slot
    scheduler.advance(HOLD);
    until(() -> c.isDone());
    c.join().close();

    assertEquals(List.of("async A", "sync B", "async C"), order);
    assertEquals(0, limiter.waiting());
  }

  @Test
  void cancellingTheFutureLeavesTheQueueAtOnceAndTheNextMovesUp() throws Exception {
    LocalRateLimiter limiter = limiter(1);
    RateLimiter.Permit held = limiter.acquire();
    CompletableFuture<RateLimiter.Permit> first = limiter.ticket().awaitAsync(Duration.ofHours(1));
    RateLimiter.Ticket secondTicket = limiter.ticket();
    CompletableFuture<RateLimiter.Permit> second = secondTicket.awaitAsync(Duration.ofHours(1));
    RateLimiter.Ticket thirdTicket = limiter.ticket();
    CompletableFuture<RateLimiter.Permit> third = thirdTicket.awaitAsync(Duration.ofHours(1));
    assertEquals(3, limiter.waiting());

    first.cancel(true);
    secondTicket.cancel();
    assertEquals(1, limiter.waiting(), "both left at once");
    assertThrows(java.util.concurrent.CancellationException.class, second::join);

    held.close();
    until(() -> scheduler.count(HOLD) == 1);
    scheduler.advance(HOLD);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> third.get()).close();
    assertEquals(0, limiter.waiting());
  }

  @Test
  void aWaitLongerThanAllowedFailsWithoutTakingASlot() {
    LocalRateLimiter limiter = limiter(1);
    limiter.ticket().awaitAsync(Duration.ZERO).join().close();

    CompletableFuture<RateLimiter.Permit> tooLong = limiter.ticket().awaitAsync(Duration.ofSeconds(10));

    CompletionException e = assertThrows(CompletionException.class, tooLong::join);
    RateLimitWaitTimeoutException timeout = assertInstanceOf(RateLimitWaitTimeoutException.class, e.getCause());
    assertEquals(Duration.ofSeconds(10), timeout.maxWait());
    assertEquals(0, limiter.waiting());
    assertThrows(IllegalStateException.class, () -> {
      RateLimiter.Ticket once = limiter.ticket();
      once.awaitAsync(Duration.ZERO);
      once.awaitAsync(Duration.ZERO);
    });
  }
}

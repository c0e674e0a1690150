package com.trengo.client.http;

import static com.trengo.client.http.RateLimiterTest.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real threads sharing one limiter. Time is a {@link FakeTime}, so waits take no real time; every
 * test is bounded by {@code assertTimeoutPreemptively} so a bug fails instead of hanging the build.
 */
class RateLimiterConcurrencyTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int LIMIT = 20;
  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static final int THREADS = 8;
  private static final int PER_THREAD = 40;

  private final FakeTime time = new FakeTime();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS), "threads left running");
  }

  @Test
  void eightThreadsSharingOneLimiterNeverOverrunTheSlidingWindowAndUseNearlyAllOfIt() {
    // Zero latency: on a shared fake clock the threads' latencies would add up, as if requests
    // could not overlap, and hide how much of the budget the limiter itself uses.
    Run run = runEightWorkers(attempt -> Duration.ZERO);

    assertNoWindowHoldsMoreThanTheLimit(run);
    // The floor: after the first `limit` requests, each further `limit` needs a whole window.
    long floor = (long) (run.arrivals.length - LIMIT) * WINDOW.toMillis() / LIMIT;
    long elapsed = run.elapsedMillis();
    assertTrue(elapsed >= floor, "faster than the window allows: " + elapsed);
    assertTrue(
        elapsed <= floor / 0.97,
        "used less than 97% of the budget: " + elapsed + " ms vs " + floor);

    // Fairness: with no latency the requests come in batches, one per window; every worker with
    // requests left when a batch began is served in it, so nobody waits more than one window.
    TreeMap<Long, List<Integer>> batches = new TreeMap<>();
    for (int n = LIMIT; n < run.arrivals.length; n++) {
      batches.computeIfAbsent(run.arrivals[n], at -> new ArrayList<>()).add(run.requester[n]);
    }
    assertEquals((run.arrivals.length - LIMIT) / LIMIT, batches.size(), "batches: " + batches);
    int[] served = new int[THREADS];
    for (Map.Entry<Long, List<Integer>> batch : batches.entrySet()) {
      for (int thread = 0; thread < THREADS; thread++) {
        if (served[thread] < PER_THREAD) {
          assertTrue(batch.getValue().contains(thread), thread + " skipped at " + batch.getKey());
        }
      }
      batch.getValue().forEach(thread -> served[thread]++);
    }
  }

  @Test
  void eightThreadsWithVaryingLatencyNeverOverrunTheSlidingWindow() {
    // Completions now lag arrivals by 0 to 3 ms (plus whatever the other threads add meanwhile).
    Run run = runEightWorkers(attempt -> Duration.ofMillis(attempt % 4));

    assertNoWindowHoldsMoreThanTheLimit(run);
  }

  /**
   * Uses up the first window, then lets {@link #THREADS} workers make {@link #PER_THREAD} requests
   * each, recording when each one "reached the server" (while holding its permit).
   */
  private Run runEightWorkers(IntFunction<Duration> latency) {
    // A waiter sleeps only once every unfinished worker is queued: then no request is in flight,
    // and a thread the OS happens to pause mid-request cannot find the fake time a window later.
    AtomicReference<RateLimiter> shared = new AtomicReference<>();
    AtomicInteger finished = new AtomicInteger();
    Sleeper whenAllWait =
        duration -> {
          while (shared.get().waiting() + finished.get() < THREADS) {
            if (Thread.interrupted()) {
              throw new InterruptedException();
            }
            Thread.yield(); // let the threads we wait for run, even on one CPU
          }
          time.sleep(duration);
        };
    RateLimiter limiter = RateLimiter.create(config(LIMIT, WINDOW).sleeper(whenAllWait).build());
    shared.set(limiter);
    int total = LIMIT + THREADS * PER_THREAD;
    Run run = new Run(new long[total], new int[total]);
    AtomicInteger sequence = new AtomicInteger();

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          for (int i = 0; i < LIMIT; i++) {
            RateLimiter.Permit permit = limiter.acquire();
            run.record(sequence.getAndIncrement(), time.millis(), -1);
            permit.close();
          }
          List<Future<?>> workers = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(
                pool.submit(
                    () -> {
                      for (int i = 0; i < PER_THREAD; i++) {
                        RateLimiter.Permit permit = limiter.acquire();
                        try {
                          // Lock-free, so recording cannot itself reorder the threads.
                          run.record(sequence.getAndIncrement(), time.millis(), thread);
                          time.advance(latency.apply(thread + i));
                        } finally {
                          permit.close();
                        }
                      }
                      finished.incrementAndGet();
                      return null;
                    }));
          }
          for (Future<?> worker : workers) {
            worker.get(); // also publishes the workers' writes to this thread
          }
        });
    assertEquals(total, sequence.get());
    return run;
  }

  /**
   * Checks the window starting at every arrival: no sliding window may hold more than the limit.
   */
  private static void assertNoWindowHoldsMoreThanTheLimit(Run run) {
    long[] sorted = run.arrivals.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      int inWindow = 0;
      for (int j = i; j < sorted.length && sorted[j] < sorted[i] + WINDOW.toMillis(); j++) {
        inWindow++;
      }
      assertTrue(inWindow <= LIMIT, inWindow + " requests in the window from " + sorted[i]);
    }
  }

  /** What the workers recorded, indexed by the order they recorded it in. */
  private static final class Run {
    final long[] arrivals;
    final int[] requester; // worker index, or -1 for the requests that used up the first window

    Run(long[] arrivals, int[] requester) {
      this.arrivals = arrivals;
      this.requester = requester;
    }

    void record(int n, long arrival, int thread) {
      arrivals[n] = arrival;
      requester[n] = thread;
    }

    long elapsedMillis() {
      return Arrays.stream(arrivals).max().orElseThrow()
          - Arrays.stream(arrivals).min().orElseThrow();
    }
  }

  @Test
  void waitersAreServedInArrivalOrder() {
    // The last of five waits five windows: keep maxWait well clear of that.
    RateLimiter limiter =
        RateLimiter.create(config(1, Duration.ofSeconds(1)).maxWait(Duration.ofMinutes(1)).build());
    ConcurrentLinkedQueue<Integer> served = new ConcurrentLinkedQueue<>();

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          RateLimiter.Permit inFlight = limiter.acquire();
          List<Future<?>> waiters = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            int id = i;
            waiters.add(
                pool.submit(
                    () -> {
                      RateLimiter.Permit permit = limiter.acquire();
                      served.add(id); // recorded while holding the only slot: grant order
                      permit.close();
                      return null;
                    }));
            awaitWaiters(limiter, i + 1); // queue them one by one, in a known order
          }
          inFlight.close();
          for (Future<?> waiter : waiters) {
            waiter.get();
          }
        });

    assertEquals(List.of(0, 1, 2, 3, 4), List.copyOf(served));
  }

  @Test
  void aTooManyRequestsResponsePausesOtherThreadsToo() throws Exception {
    RateLimiter limiter = RateLimiter.create(config(10, Duration.ofSeconds(60)).build());

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          pool.submit(
                  () -> {
                    RateLimiter.Permit permit = limiter.acquire();
                    limiter.onResponse(response(429, "Retry-After", "7"));
                    permit.close();
                    return null;
                  })
              .get();
          pool.submit(() -> limiter.acquire()).get().close();
        });

    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void aWaiterWakesWhenTheInFlightRequestItNeedsCompletes() {
    RateLimiter limiter = RateLimiter.create(config(1, Duration.ofSeconds(10)).build());

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          RateLimiter.Permit inFlight = limiter.acquire();
          Future<RateLimiter.Permit> waiter = pool.submit(() -> limiter.acquire());
          awaitWaiters(limiter, 1);
          time.advance(Duration.ofSeconds(2));
          inFlight.close();
          waiter.get().close();
        });

    assertEquals(
        List.of(Duration.ofSeconds(10).plusMillis(1)), time.sleeps(), "a window (and a clock tick) after the completion");
  }

  @Test
  void anInterruptedSleepingWaiterThrowsAndTakesNoSlot() {
    CountDownLatch sleeping = new CountDownLatch(1);
    Sleeper blocking =
        duration -> {
          sleeping.countDown();
          new CountDownLatch(1).await(); // until interrupted
        };
    RateLimiter limiter =
        RateLimiter.create(config(2, Duration.ofSeconds(60)).sleeper(blocking).build());
    limiter.onResponse(response(429, "Retry-After", "5"));

    Object outcome =
        assertTimeoutPreemptively(
            TIMEOUT,
            () -> {
              AtomicReference<Object> result = new AtomicReference<>();
              Thread waiter = new Thread(() -> result.set(acquireOrException(limiter)));
              waiter.start();
              sleeping.await();
              waiter.interrupt();
              waiter.join();
              return result.get();
            });

    assertInstanceOf(InterruptedException.class, outcome);
    assertEquals(0, limiter.waiting());
    time.advance(Duration.ofSeconds(5));
    assertEquals(2, limiter.remaining());
  }

  @Test
  void anInterruptedWaiterForAnInFlightRequestThrowsTakesNoSlotAndPassesItsTurnOn() {
    Duration window = Duration.ofSeconds(10);
    RateLimiter limiter = RateLimiter.create(config(1, window).build());

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          RateLimiter.Permit inFlight = limiter.acquire();
          AtomicReference<Object> first = new AtomicReference<>();
          Thread interrupted = new Thread(() -> first.set(acquireOrException(limiter)));
          interrupted.start();
          awaitWaiters(limiter, 1);
          Future<RateLimiter.Permit> second = pool.submit(() -> limiter.acquire());
          awaitWaiters(limiter, 2);

          interrupted.interrupt();
          interrupted.join();
          assertInstanceOf(InterruptedException.class, first.get());
          assertEquals(1, limiter.waiting());

          inFlight.close();
          second.get().close(); // the next in line got the slot the interrupted one gave up
          assertEquals(0, limiter.waiting());
        });

    time.advance(window.plusMillis(1));
    assertEquals(1, limiter.remaining(), "every slot is free again: none was leaked");
  }

  @Test
  void aCancelledWaiterLeavesTheQueueAtOnceAndTheOneBehindMovesUp() {
    // Item 12 of issue 13: a caller that gives up frees its place; it does not hold the others back.
    Duration window = Duration.ofSeconds(10);
    RateLimiter limiter = RateLimiter.create(config(1, window).build());

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          RateLimiter.Permit inFlight = limiter.acquire();
          RateLimiter.Ticket first = limiter.ticket();
          Future<RateLimiter.Permit> cancelled = pool.submit(() -> first.await(Duration.ofMinutes(5)));
          awaitWaiters(limiter, 1);
          Future<RateLimiter.Permit> second = pool.submit(() -> limiter.acquire());
          awaitWaiters(limiter, 2);

          first.cancel();

          ExecutionException e = assertThrows(ExecutionException.class, cancelled::get);
          assertInstanceOf(java.util.concurrent.CancellationException.class, e.getCause());
          assertEquals(1, limiter.waiting());
          inFlight.close();
          second.get().close();
          assertEquals(0, limiter.waiting());
        });
  }

  @Test
  void maxWaitEndsAWaitForARequestThatNeverCompletes() {
    // A leaked permit must not block others forever: with the fake clock frozen, only the real-time
    // budget (maxWait minus a window: 50 ms here) can end this wait.
    RateLimiter limiter =
        RateLimiter.create(
            config(1, Duration.ofSeconds(1)).maxWait(Duration.ofMillis(1_050)).build());

    assertTimeoutPreemptively(
        TIMEOUT,
        () -> {
          RateLimiter.Permit leaked = limiter.acquire();
          try {
            limiter.acquire();
            fail("acquired a slot that was never released");
          } catch (RateLimitWaitTimeoutException expected) {
            assertEquals(Duration.ofMillis(1_050), expected.maxWait());
          }
          assertEquals(0, limiter.waiting());
          leaked.close();
        });
  }

  private RateLimitConfig.Builder config(int limit, Duration window) {
    return RateLimitConfig.builder().limit(limit).window(window).clock(time).ticker(time).sleeper(time);
  }

  /** Spins until {@code count} callers are parked in the limiter; the caller bounds the time. */
  private static void awaitWaiters(RateLimiter limiter, int count) {
    while (limiter.waiting() < count) {
      Thread.yield(); // let the threads we wait for run, even on one CPU
    }
  }

  private static Object acquireOrException(RateLimiter limiter) {
    try {
      return limiter.acquire();
    } catch (InterruptedException | RuntimeException e) {
      return e;
    }
  }
}

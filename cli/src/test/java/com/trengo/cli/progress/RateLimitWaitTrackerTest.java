package com.trengo.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitWaitTrackerTest {

  private final AtomicLong now = new AtomicLong();
  private final RateLimitWaitTracker tracker = new RateLimitWaitTracker(now::get);
  // The tracker keeps one state per calling thread: two single threads play two workers.
  private final ExecutorService one = Executors.newSingleThreadExecutor();
  private final ExecutorService two = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    one.shutdownNow();
    two.shutdownNow();
  }

  @Test
  void countsTheTimeSomeCallWaitsWhileNoneIsOnTheWire() throws Exception {
    on(one, tracker::callStarted);   // t=0: worker one waits for a permit
    at(100);
    on(one, tracker::wireStarted);   // t=100: sent; waited 100
    on(two, tracker::callStarted);   // two waits, but one is on the wire: the job is not stalled
    at(150);
    on(one, () -> tracker.wireEnded(false));
    on(one, tracker::callEnded);     // t=150: nothing on the wire, two still waiting: stalled from here
    at(400);
    on(two, tracker::wireStarted);   // t=400: 250 more
    at(450);
    on(two, () -> tracker.wireEnded(false));
    on(two, tracker::callEnded);

    assertEquals(Duration.ofNanos(350), tracker.stalled());
    assertEquals(2, tracker.requests());
  }

  @Test
  void aBackoffBetweenAttemptsIsNotTheRateLimitButTheWaitA429AskedForIs() throws Exception {
    on(one, tracker::callStarted);
    on(one, tracker::wireStarted);
    at(10);
    on(one, () -> tracker.wireEnded(false)); // say a reset: the retry backs off
    on(one, tracker::backoffStarted);
    at(510);
    on(one, tracker::backoffEnded);          // 500 of backoff: not counted
    on(one, tracker::wireStarted);
    at(520);
    on(one, () -> tracker.wireEnded(true));  // a 429: the wait it asks for is the rate limit's
    on(one, tracker::backoffStarted);
    at(1520);
    on(one, tracker::backoffEnded);
    on(one, tracker::wireStarted);
    at(1530);
    on(one, () -> tracker.wireEnded(false));
    on(one, tracker::callEnded);

    assertEquals(Duration.ofNanos(1000), tracker.stalled());
    assertEquals(1, tracker.tooManyRequests());
    assertEquals(3, tracker.requests());
  }

  private void at(long nanos) {
    now.set(nanos);
  }

  private static void on(ExecutorService thread, Runnable step) throws Exception {
    thread.submit(step).get();
  }
}

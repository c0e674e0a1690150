package com.trengo.client.redis;

import com.trengo.client.http.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Callers going through limiters as fast as they let them: each takes a permit, "sends" (stamps the
 * time the server would see it arrive), completes. Records every arrival, per limiter.
 */
final class Load {
  record Arrival(int limiter, long micros) {}

  private final List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
  private final LongSupplier serverMicros;

  Load(LongSupplier serverMicros) {
    this.serverMicros = serverMicros;
  }

  /**
   * Runs {@code threads[i]} callers on {@code limiters[i]} until {@code stop} says so (checked after
   * each request, so the limiter paces the loop) and returns when all have stopped.
   */
  Load run(List<? extends RateLimiter> limiters, int[] threads, BooleanSupplier stop) throws InterruptedException {
    List<Thread> all = new ArrayList<>();
    for (int l = 0; l < limiters.size(); l++) {
      RateLimiter limiter = limiters.get(l);
      int index = l;
      for (int t = 0; t < threads[l]; t++) {
        Thread thread =
            new Thread(
                () -> {
                  while (!stop.getAsBoolean()) {
                    try {
                      RateLimiter.Permit permit = limiter.ticket().await(Duration.ofSeconds(30));
                      try {
                        arrived(new Arrival(index, serverMicros.getAsLong()));
                      } finally {
                        permit.close();
                      }
                    } catch (Throwable e) {
                      failures.add(e);
                      return;
                    }
                  }
                },
                "load-" + l + "-" + t);
        thread.start();
        all.add(thread);
      }
    }
    for (Thread t : all) {
      t.join();
    }
    return this;
  }

  private void arrived(Arrival arrival) {
    synchronized (arrivals) {
      arrivals.add(arrival);
      arrivals.notifyAll();
    }
  }

  /** Waits (for the callers' progress, not for time) until {@code n} arrivals were recorded in all. */
  void awaitArrivals(int n, Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    synchronized (arrivals) {
      while (arrivals.size() < n) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !failures.isEmpty()) {
          throw new AssertionError("only " + arrivals.size() + " of " + n + " arrivals; failures: " + failures);
        }
        arrivals.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** Starts {@link #run} on a thread of its own; join the returned thread after stopping it. */
  Thread start(List<? extends RateLimiter> limiters, int[] threads, BooleanSupplier stop) {
    Thread runner =
        new Thread(
            () -> {
              try {
                run(limiters, threads, stop);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "load");
    runner.start();
    return runner;
  }

  int size() {
    return arrivals.size();
  }

  List<Throwable> failures() {
    return failures;
  }

  /** Sorted arrival times (micros), of limiter {@code which}, or of all if negative. */
  long[] times(int which) {
    synchronized (arrivals) {
      return arrivals.stream()
          .filter(a -> which < 0 || a.limiter() == which)
          .mapToLong(Arrival::micros)
          .sorted()
          .toArray();
    }
  }

  int count(int which) {
    return times(which).length;
  }

  /**
   * The most arrivals in any window of {@code windowMicros} (a request at t is in the windows ending
   * in [t, t + window)), over arrivals in [from, to).
   */
  static int maxInAnyWindow(long[] sorted, long windowMicros, long from, long to) {
    int max = 0;
    int start = 0;
    List<Long> in = new ArrayList<>();
    for (long t : sorted) {
      if (t >= from && t < to) {
        in.add(t);
      }
    }
    for (int end = 0; end < in.size(); end++) {
      while (in.get(end) - in.get(start) >= windowMicros) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }

  static int maxInAnyWindow(long[] sorted, long windowMicros) {
    return maxInAnyWindow(sorted, windowMicros, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Arrivals in [from, from + span). */
  static int between(long[] sorted, long from, long span) {
    int n = 0;
    for (long t : sorted) {
      if (t >= from && t < from + span) {
        n++;
      }
    }
    return n;
  }

  /**
   * Where the first window holding more than {@code limit} arrivals lies: its arrivals in ms after
   * {@code killedAt}, with the restart and the return to the shared budget on the same scale.
   */
  static String densest(long[] sorted, long windowMicros, int limit, long killedAt, long restartedAt, long backAt) {
    for (int i = 0; i + limit < sorted.length; i++) {
      if (sorted[i + limit] - sorted[i] < windowMicros) {
        StringBuilder b = new StringBuilder("arrivals (ms after the kill)");
        for (int j = i; j <= i + limit; j++) {
          b.append(' ').append((sorted[j] - killedAt) / 1000);
        }
        return b.append("; restarted at ").append((restartedAt - killedAt) / 1000)
            .append(", back on the shared budget by ").append((backAt - killedAt) / 1000).toString();
      }
    }
    return "no window over the limit";
  }
}

package com.trengo.bench;

import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Budget use: 8 threads share one token's limiter against a server enforcing a sliding window of L
 * requests per W. Reports accepted requests as a fraction of L/W over the measured span, and the
 * 429s the server had to send.
 */
final class BudgetBenchmark {
  private final int limit;
  private final Duration window;
  private final Duration span;
  private final int threads;

  BudgetBenchmark(int limit, Duration window, Duration span, int threads) {
    this.limit = limit;
    this.window = window;
    this.span = span;
    this.threads = threads;
  }

  /** Runs and prints; returns the fraction of the budget used. */
  double run() throws Exception {
    try (SlidingWindowServer server = new SlidingWindowServer(limit, window.toNanos());
        TrengoClient client =
            TrengoClient.builder()
                .token("bench-budget-token")
                .baseUrl(server.baseUrl())
                .rateLimiter(RateLimiter.create(RateLimitConfig.builder().limit(limit).window(window).build()))
                .build()) {
      // Run one window past the measured span so the span ends under full load.
      long stopAt = System.nanoTime() + span.toNanos() + window.toNanos();
      AtomicInteger failures = new AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t =
            new Thread(
                () -> {
                  while (System.nanoTime() < stopAt) {
                    try {
                      client.contacts().get(5);
                    } catch (RuntimeException e) {
                      failures.incrementAndGet();
                    }
                  }
                },
                "budget-" + i);
        t.start();
        workers.add(t);
      }
      for (Thread t : workers) {
        t.join();
      }
      int accepted = server.acceptedBetween(server.firstAccepted(), span.toNanos());
      double budget = limit * (span.toNanos() / (double) window.toNanos());
      double fraction = accepted / budget;
      System.out.printf(
          "budget: %d threads, one token, server sliding window %d req / %d ms, measured over %d s%n"
              + "  accepted in span: %d of a budget of %.0f  -> %.1f%% of L/W (goal >= 97%%)%n"
              + "  429s sent by the server: %d (goal 0); calls that failed at the client: %d%n",
          threads, limit, window.toMillis(), span.toSeconds(), accepted, budget, 100 * fraction,
          server.rejected(), failures.get());
      return fraction;
    }
  }
}

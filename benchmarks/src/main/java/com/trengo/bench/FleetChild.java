package com.trengo.bench;

import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.redis.RedisRateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One process of {@link FleetBenchmark}: threads calling the server through {@code TrengoClient} until
 * a wall-clock time, then prints {@code RESULT calls failed} and exits. Args: mode ({@code redis} or
 * {@code local}), base URL, Redis URL, key prefix, limit, window ms, threads, stop at (epoch ms).
 */
final class FleetChild {
  static final String RESULT = "RESULT";
  private static final String TOKEN = "bench-fleet-token";

  private FleetChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    RateLimitConfig config =
        RateLimitConfig.builder().limit(Integer.parseInt(args[4])).window(Duration.ofMillis(Long.parseLong(args[5]))).build();
    int threads = Integer.parseInt(args[6]);
    long stopAt = Long.parseLong(args[7]);
    RedisRateLimiter shared =
        mode.equals("redis")
            ? RedisRateLimiter.builder().redisUri(args[2]).keyPrefix(args[3]).token(TOKEN).config(config).build()
            : null;
    RateLimiter limiter = shared != null ? shared : RateLimiter.create(config);
    AtomicLong calls = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    try (TrengoClient client = TrengoClient.builder().token(TOKEN).baseUrl(args[1]).rateLimiter(limiter).build()) {
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t =
            new Thread(
                () -> {
                  while (System.currentTimeMillis() < stopAt) {
                    try {
                      client.contacts().get(5);
                      calls.incrementAndGet();
                    } catch (RuntimeException e) {
                      failed.incrementAndGet();
                    }
                  }
                },
                "fleet-" + i);
        t.start();
        workers.add(t);
      }
      for (Thread t : workers) {
        t.join();
      }
    } finally {
      if (shared != null) {
        shared.close();
      }
    }
    System.out.println(RESULT + " " + calls.get() + " " + failed.get());
    System.exit(0);
  }
}

package com.trengo.bench;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A fleet on one token: {@code processes} JVMs × {@code threads} threads call a server enforcing a
 * sliding window of L requests per W (answering 429 with Retry-After) for a span, twice in one run:
 * (a) sharing the budget through {@code RedisRateLimiter}, (b) each with its own in-JVM {@code
 * LocalRateLimiter} (the baseline). Prints, side by side, accepted requests as a share of L/W, the
 * 429s the server sent, and Retry-After violations (requests that arrived while a Retry-After the
 * server had given the token still applied). Needs Redis at {@code REDIS_URL} (default
 * redis://127.0.0.1:6379).
 */
final class FleetBenchmark {
  private final int limit;
  private final Duration window;
  private final Duration span;
  private final int processes;
  private final int threads;
  private final String redisUrl;

  FleetBenchmark(int limit, Duration window, Duration span, int processes, int threads) {
    this.limit = limit;
    this.window = window;
    this.span = span;
    this.processes = processes;
    this.threads = threads;
    String env = System.getenv("REDIS_URL");
    this.redisUrl = env == null || env.isBlank() ? "redis://127.0.0.1:6379" : env;
  }

  private record Result(int accepted, double budget, int rejected, int violations, long calls, long failed) {}

  void run() throws Exception {
    System.out.printf(
        "fleet: %d JVMs x %d threads on one token, server sliding window %d req / %d ms, measured over %d s%n",
        processes, threads, limit, window.toMillis(), span.toSeconds());
    Result shared = runOnce("redis");
    Result separate = runOnce("local");
    System.out.printf("  %-44s %18s %18s%n", "", "RedisRateLimiter", "LocalRateLimiter x" + processes);
    System.out.printf("  %-44s %17.1f%% %17.1f%%%n", "accepted as % of L/W (goal >= 97%)",
        100.0 * shared.accepted() / shared.budget(), 100.0 * separate.accepted() / separate.budget());
    System.out.printf("  %-44s %18d %18d%n", "accepted in span (budget " + (int) shared.budget() + ")",
        shared.accepted(), separate.accepted());
    System.out.printf("  %-44s %18d %18d%n", "429s sent by the server (goal 0)", shared.rejected(), separate.rejected());
    System.out.printf("  %-44s %18d %18d%n", "Retry-After violations (goal 0)", shared.violations(), separate.violations());
    System.out.printf("  %-44s %18d %18d%n", "calls completed at the clients",
        shared.calls(), separate.calls());
    System.out.printf("  %-44s %18d %18d%n", "calls failed at the clients", shared.failed(), separate.failed());
  }

  private Result runOnce(String mode) throws Exception {
    String prefix = "trengo-bench:" + UUID.randomUUID() + ":";
    try (SlidingWindowServer server = new SlidingWindowServer(limit, window.toNanos())) {
      // Run one window past the span, so the span ends under full load; children stop by themselves.
      long stopAtEpochMillis = System.currentTimeMillis() + 2_000 + span.toMillis() + window.toMillis();
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      List<Process> children = new ArrayList<>();
      for (int i = 0; i < processes; i++) {
        children.add(
            new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"), FleetChild.class.getName(),
                    mode, server.baseUrl(), redisUrl, prefix, Integer.toString(limit), Long.toString(window.toMillis()),
                    Integer.toString(threads), Long.toString(stopAtEpochMillis))
                .redirectErrorStream(true)
                .start());
      }
      long calls = 0;
      long failed = 0;
      for (Process child : children) {
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = out.readLine()) != null) {
            if (line.startsWith(FleetChild.RESULT)) {
              String[] parts = line.split(" ");
              calls += Long.parseLong(parts[1]);
              failed += Long.parseLong(parts[2]);
            } else {
              output.append(line).append('\n');
              if (line.contains("RedisRateLimiter")) {
                System.out.println("  [" + mode + " process] " + line); // a fallback to, or return from, the local limiter
              }
            }
          }
        }
        if (!child.waitFor(span.toSeconds() + 60, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
        if (child.exitValue() != 0) {
          throw new IllegalStateException("a fleet process failed (" + mode + "):\n" + output);
        }
      }
      deleteKeys(prefix);
      int accepted = server.acceptedBetween(server.firstAccepted(), span.toNanos());
      double budget = limit * (span.toNanos() / (double) window.toNanos());
      return new Result(accepted, budget, server.rejected(), server.retryAfterViolations(), calls, failed);
    }
  }

  private void deleteKeys(String prefix) {
    RedisClient client = RedisClient.create(redisUrl);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      KeyScanCursor<String> cursor = c.sync().scan(ScanArgs.Builder.matches(prefix + "*"));
      while (true) {
        if (!cursor.getKeys().isEmpty()) {
          c.sync().del(cursor.getKeys().toArray(String[]::new));
        }
        if (cursor.isFinished()) {
          break;
        }
        cursor = c.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*"));
      }
    } catch (RuntimeException e) {
      System.err.println("fleet: could not delete the benchmark's keys (they expire by themselves): " + e);
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }
}

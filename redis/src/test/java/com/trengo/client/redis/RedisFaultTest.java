package com.trengo.client.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults: Redis restarted mid-run, a process killed while holding permits. */
@RequiresRedis
class RedisFaultTest {
  private static final Duration W = Duration.ofSeconds(1);
  private static final long W_MICROS = W.toNanos() / 1000;

  private final RedisFixture redis = new RedisFixture();

  @AfterEach
  void cleanUp() {
    redis.close();
  }

  @Test
  void redisRestartedMidRunFallsBackLocallyThenSharesTheBudgetAgain() throws Exception {
    int limit = 5;
    try (RedisServerProcess server = RedisServerProcess.start();
        RedisFixture own = new RedisFixture(server.url())) {
      RateLimitConfig config = RedisFixture.config(limit, W, Duration.ofSeconds(30));
      List<RedisRateLimiter> processes = List.of(own.limiter("token-restart", config), own.limiter("token-restart", config));
      Load load = new Load(() -> TimeUnit.NANOSECONDS.toMicros(System.nanoTime())); // one JVM: one clock
      AtomicBoolean stop = new AtomicBoolean();
      Thread runner = load.start(processes, new int[] {3, 3}, stop::get);
      try {
        load.awaitArrivals(12, Duration.ofSeconds(20));
        long killedAt = micros();
        server.kill();
        load.awaitArrivals(load.size() + 12, Duration.ofSeconds(20)); // served meanwhile: no hang
        for (RedisRateLimiter p : processes) {
          assertFalse(p.sharedBudgetInUse(), p + " noticed Redis is gone");
        }
        long restartedAt = micros();
        server.restart();
        while (!processes.get(0).sharedBudgetInUse() || !processes.get(1).sharedBudgetInUse()) {
          load.awaitArrivals(load.size() + 1, Duration.ofSeconds(20));
          assertTrue(micros() - restartedAt < 15_000_000, "not back on the shared budget 15 s after the restart");
        }
        long backAt = micros();
        load.awaitArrivals(load.size() + 15, Duration.ofSeconds(20));
        stop.set(true);
        runner.join();

        assertEquals(List.of(), load.failures());
        long[] all = load.times(-1);
        assertTrue(Load.maxInAnyWindow(all, W_MICROS, 0, killedAt) <= limit, "shared budget before the kill");
        assertTrue(Load.maxInAnyWindow(all, W_MICROS, backAt + W_MICROS, Long.MAX_VALUE) <= limit,
            "shared budget again after the restart");
        assertTrue(Load.between(all, killedAt, restartedAt - killedAt) > 0, "served while Redis was down");
        for (int p = 0; p < 2; p++) {
          long[] mine = load.times(p);
          assertTrue(Load.maxInAnyWindow(mine, W_MICROS) <= limit,
              "process " + p + " burst beyond its limit across a switch: "
                  + Load.densest(mine, W_MICROS, limit, killedAt, restartedAt, backAt));
        }
      } finally {
        stop.set(true);
        runner.join(TimeUnit.SECONDS.toMillis(40));
      }
    }
  }

  @Test
  void aProcessKilledWhileHoldingPermitsHasItsSlotsFreedWhenTheirLeaseEnds() throws Exception {
    int limit = 3;
    long leaseMillis = 1_000;
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldPermitsChild.class.getName(),
                redis.redisUrl(), redis.prefix, "token-killed", Integer.toString(limit),
                Long.toString(W.toMillis()), Long.toString(leaseMillis))
            .redirectErrorStream(true)
            .start();
    long freesAt;
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.equals(HoldPermitsChild.HELD)) {
        seen.append(line).append('\n');
      }
      assertEquals(HoldPermitsChild.HELD, line, "the child did not take its permits:\n" + seen);
      String inflight = redis.keys().stream().filter(k -> k.endsWith(":inflight")).findFirst().orElseThrow();
      assertEquals(limit, redis.redis().zcard(inflight));
      long firstLeaseEnd = (long) redis.redis().zrangeWithScores(inflight, 0, 0).get(0).getScore();
      freesAt = firstLeaseEnd + W.toMillis() + 1;
    } finally {
      child.destroyForcibly().waitFor();
    }
    RedisRateLimiter survivor = redis.limiter("token-killed", RedisFixture.config(limit, W, Duration.ofSeconds(10)));

    RateLimiter.Permit permit = survivor.ticket().await(Duration.ofSeconds(10));
    long grantedAt = redis.redisMicros() / 1000;
    permit.close();

    assertTrue(grantedAt >= freesAt, "granted " + (freesAt - grantedAt) + " ms before the dead slot's lease + window ended");
    assertTrue(grantedAt <= freesAt + 1_500, "the dead process's slot was held " + (grantedAt - freesAt) + " ms too long");
  }

  private static long micros() {
    return TimeUnit.NANOSECONDS.toMicros(System.nanoTime());
  }
}

package com.trengo.client.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared budget against the real Redis: every guarantee of LocalRateLimiter, across processes. */
@RequiresRedis
class RedisRateLimiterTest {
  private static final Duration W = Duration.ofSeconds(1);
  private static final long W_MICROS = W.toNanos() / 1000;

  private final RedisFixture redis = new RedisFixture();

  @AfterEach
  void cleanUp() throws Exception {
    redis.close();
  }

  /** Three limiters, each with its own connection, stand in for three processes on one token. */
  private List<RedisRateLimiter> processes(int n, String token, RateLimitConfig config) {
    List<RedisRateLimiter> limiters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      limiters.add(redis.limiter(token, config));
    }
    return limiters;
  }

  @Test
  void manyThreadsInSeveralProcessesNeverExceedTheLimitInAnyWindowAndUseNearlyAllOfTheBudget() throws Exception {
    int limit = 10;
    List<RedisRateLimiter> limiters = processes(3, "token-concurrency", RedisFixture.config(limit, W, Duration.ofSeconds(30)));
    long stopAt = System.nanoTime() + Duration.ofMillis(4_500).toNanos();

    Load load = new Load(redis::redisMicros).run(limiters, new int[] {5, 5, 5}, () -> System.nanoTime() > stopAt);

    assertEquals(List.of(), load.failures());
    long[] all = load.times(-1);
    assertTrue(Load.maxInAnyWindow(all, W_MICROS) <= limit, "more than " + limit + " in a window of " + W);
    int used = Load.between(all, all[0], 4 * W_MICROS);
    assertTrue(used >= 38, "used " + used + " of a budget of 40 in 4 windows (goal >= 95%)");
    for (int p = 0; p < 3; p++) {
      assertTrue(load.count(p) > 0, "process " + p + " was never served");
    }
  }

  @Test
  void clockSkewBetweenProcessesDoesNotMatterBecauseRedisTimeDecides() throws Exception {
    int limit = 6;
    List<RedisRateLimiter> limiters = new ArrayList<>();
    long[] skewsHours = {0, 3, -5};
    for (long hours : skewsHours) {
      long offset = TimeUnit.HOURS.toNanos(hours);
      RateLimitConfig config =
          RedisFixture.config(limit, W, Duration.ofSeconds(30)).toBuilder()
              .ticker(() -> System.nanoTime() + offset)
              .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(hours)))
              .build();
      limiters.add(redis.limiter("token-skew", config));
    }
    long stopAt = System.nanoTime() + Duration.ofMillis(3_200).toNanos();

    Load load = new Load(redis::redisMicros).run(limiters, new int[] {3, 3, 3}, () -> System.nanoTime() > stopAt);

    assertEquals(List.of(), load.failures());
    long[] all = load.times(-1);
    assertTrue(Load.maxInAnyWindow(all, W_MICROS) <= limit, "clocks hours apart broke the shared window");
    int used = Load.between(all, all[0], 3 * W_MICROS);
    assertTrue(used >= 17, "used " + used + " of 18: skew must not make anyone wait longer either");
  }

  @Test
  void a429InOneProcessPausesAnother() throws Exception {
    RateLimitConfig config = RedisFixture.config(10, Duration.ofSeconds(10), Duration.ofSeconds(30));
    RedisRateLimiter a = redis.limiter("token-429", config);
    RedisRateLimiter b = redis.limiter("token-429", config);

    RateLimiter.Permit permit = a.ticket().await(Duration.ZERO);
    long pausedAt = redis.redisMicros();
    permit.complete(response(429, "Retry-After", "1"));
    assertEquals(0, a.remaining()); // on a's connection, after its completion: a barrier
    assertEquals(0, b.remaining(), "the other process sees the pause");
    RateLimiter.Permit later = b.ticket().await(Duration.ofSeconds(5));
    long grantedAt = redis.redisMicros();
    later.close();
    assertTrue(grantedAt - pausedAt >= 990_000, "granted " + (grantedAt - pausedAt) + " us after the 429's 1 s pause began");
  }

  @Test
  void aProcessWithOneThreadIsServedBesideAProcessWithEight() throws Exception {
    int limit = 5;
    List<RedisRateLimiter> limiters = processes(2, "token-fair", RedisFixture.config(limit, W, Duration.ofSeconds(30)));
    long stopAt = System.nanoTime() + Duration.ofMillis(4_500).toNanos();

    Load load = new Load(redis::redisMicros).run(limiters, new int[] {8, 1}, () -> System.nanoTime() > stopAt);

    assertEquals(List.of(), load.failures());
    int busy = load.count(0);
    int lone = load.count(1);
    // First come, first served across processes: the lone thread gets about one turn in nine.
    assertTrue(lone >= 2 && lone * 9 >= (busy + lone) / 2,
        "the one-thread process got " + lone + " of " + (busy + lone) + " permits");
    assertTrue(Load.maxInAnyWindow(load.times(-1), W_MICROS) <= limit);
  }

  @Test
  void aWaitingTicketPollsWhenItsSlotFreesNotInABusyLoop() throws Exception {
    List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
    Scheduler recording =
        (task, delay) -> {
          delays.add(delay);
          return Scheduler.system().schedule(task, delay);
        };
    RedisRateLimiter limiter =
        redis.limiter(
            RedisRateLimiter.builder().redisUri(redis.redisUrl()).token("token-poll")
                .config(RedisFixture.config(1, W, Duration.ofSeconds(10))).scheduler(recording));
    limiter.ticket().await(Duration.ZERO).close(); // the only slot frees a window from now

    CompletableFuture<RateLimiter.Permit> next = limiter.ticket().awaitAsync(Duration.ofSeconds(5));
    next.get(5, TimeUnit.SECONDS).close();

    assertFalse(delays.isEmpty());
    long first = delays.get(0).toMillis();
    assertTrue(first >= 900 && first <= 1_002, "first poll scheduled " + first + " ms ahead, not at the slot's free time");
    assertTrue(delays.size() <= 3, "polled " + delays.size() + " times for one wait");
  }

  @Test
  void cancellingAWaitingTicketLeavesTheSharedQueueAtOnce() throws Exception {
    RedisRateLimiter limiter = redis.limiter("token-cancel", RedisFixture.config(1, Duration.ofSeconds(10), Duration.ofSeconds(30)));
    RateLimiter.Permit held = limiter.ticket().await(Duration.ZERO);
    RedisTicket ticket = limiter.ticket();
    CompletableFuture<RateLimiter.Permit> waiting = ticket.awaitAsync(Duration.ofSeconds(30));
    assertEquals(0, limiter.remaining()); // on the same connection, after the queueing script: a barrier
    String waitersKey = redis.keys().stream().filter(k -> k.endsWith(":waiters")).findFirst().orElseThrow();
    assertEquals(1, redis.redis().zcard(waitersKey));
    assertEquals(1, limiter.waiting());

    ticket.cancel();

    assertThrows(CancellationException.class, () -> waiting.get(1, TimeUnit.SECONDS));
    limiter.remaining(); // on the same connection, after the leaving commands: a barrier
    assertEquals(0, redis.redis().zcard(waitersKey), "still queued in Redis");
    assertEquals(0, limiter.waiting());
    held.close();
  }

  @Test
  void aWaitBeyondMaxWaitFailsAtOnceWithoutTakingASlot() throws Exception {
    RedisRateLimiter limiter = redis.limiter("token-maxwait", RedisFixture.config(1, Duration.ofSeconds(10), Duration.ofSeconds(30)));
    limiter.ticket().await(Duration.ZERO).close(); // the slot frees 10 s from now

    long start = System.nanoTime();
    RateLimitWaitTimeoutException e =
        assertThrows(RateLimitWaitTimeoutException.class, () -> limiter.ticket().await(Duration.ofSeconds(2)));

    assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(900), "did not fail at once");
    assertTrue(e.requiredWait().toMillis() > 9_000, e.getMessage());
    assertEquals(0, limiter.waiting());
  }

  @Test
  void unreachableRedisAtStartFallsBackToTheLocalLimiterWithoutHanging() throws Exception {
    long start = System.nanoTime();
    try (RedisRateLimiter limiter =
        RedisRateLimiter.builder().redisUri("redis://127.0.0.1:1").token("token-down")
            .config(RedisFixture.config(2, Duration.ofSeconds(10), Duration.ofSeconds(30))).build()) {
      assertFalse(limiter.sharedBudgetInUse());
      limiter.ticket().await(Duration.ofSeconds(1)).close();
      limiter.ticket().await(Duration.ofSeconds(1)).close();
      assertThrows(RateLimitWaitTimeoutException.class, () -> limiter.ticket().await(Duration.ofSeconds(1)),
          "the local fallback keeps the limit");
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "hung on an unreachable Redis");
    }
  }

  @Test
  void theTokenNeverAppearsInKeysToStringOrLogs() throws Exception {
    String token = "sEcReT-tOkEn-4711";
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String shown;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      RedisRateLimiter limiter = redis.limiter(token, RedisFixture.config(2, W, Duration.ofSeconds(5)));
      limiter.ticket().await(Duration.ZERO).complete(response(429, "Retry-After", "1"));
      shown = limiter + " " + limiter.ticket() + " " + limiter.ticket().await(Duration.ofSeconds(3));
      try (RedisRateLimiter down =
          RedisRateLimiter.builder().redisUri("redis://127.0.0.1:1").token(token).keyPrefix(redis.prefix).build()) {
        shown += " " + down;
      }
    } finally {
      System.setErr(err);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);

    assertTrue(logs.contains("Redis is unreachable"), "the fallback's WARN line was logged: " + logs);
    assertFalse(logs.contains(token), logs);
    assertFalse(shown.contains(token), shown);
    List<String> keys = redis.keys();
    assertFalse(keys.isEmpty());
    for (String key : keys) {
      assertFalse(key.contains(token), key);
      assertTrue(key.contains(FleetKeys.sha256Hex(token)), key);
    }
  }

  @Test
  void badBuilderInputIsATypedErrorNamingTheField() {
    RedisRateLimiter.Builder b = RedisRateLimiter.builder();
    assertMessage(IllegalArgumentException.class, "token", () -> b.token(" "));
    assertMessage(NullPointerException.class, "token", () -> b.token(null));
    assertMessage(IllegalArgumentException.class, "keyPrefix", () -> b.keyPrefix("a{b}"));
    assertMessage(IllegalArgumentException.class, "keyPrefix", () -> b.keyPrefix(""));
    assertMessage(IllegalArgumentException.class, "lease", () -> b.lease(Duration.ofMillis(10)));
    assertMessage(IllegalArgumentException.class, "commandTimeout", () -> b.commandTimeout(Duration.ZERO));
    assertMessage(IllegalArgumentException.class, "redisUri", () -> b.redisUri("http://x"));
    assertMessage(NullPointerException.class, "config", () -> b.config(null));
    assertMessage(NullPointerException.class, "scheduler", () -> b.scheduler(null));
    assertMessage(IllegalStateException.class, "token", () -> RedisRateLimiter.builder().redisUri(redis.redisUrl()).build());
    assertMessage(IllegalStateException.class, "redisUri", () -> RedisRateLimiter.builder().token("t").build());
  }

  private static void assertMessage(Class<? extends Throwable> type, String field, org.junit.jupiter.api.function.Executable call) {
    Throwable e = assertThrows(type, call);
    assertTrue(e.getMessage().contains(field), e.getMessage());
  }

  static Response response(int code, String... headers) {
    Response.Builder b =
        new Response.Builder()
            .request(new Request.Builder().url("http://127.0.0.1/api/v2/contacts/5").build())
            .protocol(Protocol.HTTP_1_1)
            .code(code)
            .message("x")
            .sentRequestAtMillis(Instant.now(Clock.system(ZoneOffset.UTC)).toEpochMilli());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }
}

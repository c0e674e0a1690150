package com.trengo.client.redis;

import com.trengo.client.http.RateLimitConfig;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One test's view of the real Redis: its own key prefix (deleted at close), a connection to read
 * Redis's clock and keys, and limiters on that prefix (closed at close).
 */
final class RedisFixture implements AutoCloseable {
  final String prefix = "trengo-test:" + UUID.randomUUID() + ":";
  private final String url;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final List<RedisRateLimiter> closeables = new ArrayList<>();

  RedisFixture() {
    this(url());
  }

  RedisFixture(String url) {
    this.url = url;
    this.client = RedisClient.create(url);
    this.connection = client.connect();
  }

  static String url() {
    String env = System.getenv("REDIS_URL");
    return env == null || env.isBlank() ? "redis://127.0.0.1:6379" : env;
  }

  String redisUrl() {
    return url;
  }

  RedisCommands<String, String> redis() {
    return connection.sync();
  }

  /** Redis's clock, in microseconds: the one the limiter decides by, and the tests' "server" stamps. */
  long redisMicros() {
    List<String> time = redis().time();
    return Long.parseLong(time.get(0)) * 1_000_000L + Long.parseLong(time.get(1));
  }

  /** A limiter on this fixture's prefix for {@code token}, closed with the fixture. */
  RedisRateLimiter limiter(String token, RateLimitConfig config) {
    return limiter(RedisRateLimiter.builder().redisUri(url).token(token).config(config));
  }

  RedisRateLimiter limiter(RedisRateLimiter.Builder builder) {
    RedisRateLimiter limiter = builder.keyPrefix(prefix).build();
    closeables.add(limiter);
    return limiter;
  }

  static RateLimitConfig config(int limit, Duration window, Duration maxWait) {
    return RateLimitConfig.builder().limit(limit).window(window).maxWait(maxWait).build();
  }

  /** Every key of this fixture's prefix. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    KeyScanCursor<String> cursor = redis().scan(ScanArgs.Builder.matches(prefix + "*").limit(500));
    keys.addAll(cursor.getKeys());
    while (!cursor.isFinished()) {
      cursor = redis().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
      keys.addAll(cursor.getKeys());
    }
    return keys;
  }

  @Override
  public void close() {
    for (RedisRateLimiter c : closeables) {
      c.close();
    }
    try {
      List<String> keys = keys();
      if (!keys.isEmpty()) {
        redis().del(keys.toArray(String[]::new));
      }
    } finally {
      connection.close();
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }
}

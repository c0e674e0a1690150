package com.trengo.client.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresRedis}: pings Redis once per test run. */
final class RedisAvailable implements ExecutionCondition {
  static final String START_COMMAND = "redis-server --daemonize yes --port 6379 --save \"\" --appendonly no";

  private static volatile String unreachable; // null: reachable; checked once
  private static volatile boolean checked;
  private static volatile boolean bannerShown;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String problem = problem();
    if (problem == null) {
      return ConditionEvaluationResult.enabled("Redis answers at " + RedisFixture.url());
    }
    String message =
        "No Redis at " + RedisFixture.url() + " (" + problem + "). Start one with: " + START_COMMAND
            + " (or set REDIS_URL).";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true and the Redis tests cannot run. " + message);
    }
    if (!bannerShown) {
      bannerShown = true;
      System.err.println(
          "\n**********************************************************************\n"
              + "*  SKIPPING the trengo-redis tests: " + message + "\n"
              + "*  (with CI=true they fail instead)\n"
              + "**********************************************************************\n");
    }
    return ConditionEvaluationResult.disabled("SKIPPED, no Redis: " + message);
  }

  private static synchronized String problem() {
    if (!checked) {
      checked = true;
      RedisClient client = RedisClient.create();
      try (StatefulRedisConnection<String, String> c =
          client.connect(RedisURI.builder(RedisURI.create(RedisFixture.url())).withTimeout(Duration.ofSeconds(2)).build())) {
        c.sync().ping();
      } catch (RuntimeException e) {
        unreachable = e.getClass().getSimpleName() + ": " + e.getMessage();
      } finally {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
      }
    }
    return unreachable;
  }
}

package com.trengo.client.redis;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import org.junit.jupiter.api.Test;

/** The README's "Many processes on one token (Redis)" example, compiled and run against the real Redis. */
@RequiresRedis
class ReadmeRedisSnippetTest {
  @Test
  void everyProcessOnTheTokenSharesOneBudget() {
    String token = "readme-token";
    String redisUrl = RedisFixture.url();
    try (RedisFixture fixture = new RedisFixture()) {
      String keyPrefix = fixture.prefix;
      // README:begin
      try (RedisRateLimiter limiter = RedisRateLimiter.builder()
              .redisUri(redisUrl)                      // the same Redis for every process
              .token(token)                            // keys use its SHA-256, never the token
              .config(RateLimitConfig.ofDefaults())    // Trengo's 120 requests per 60 s
              .keyPrefix(keyPrefix)                    // optional; default "trengo:ratelimit:"
              .build();
          TrengoClient trengo = TrengoClient.builder().token(token).rateLimiter(limiter).build()) {
        // ... trengo.contacts().get(id) and the rest, paced with every other process on the token
        // README:end
        assertSame(limiter, trengo.rateLimiter());
        assertTrue(limiter.sharedBudgetInUse());
        assertTrue(limiter.remaining() == 120);
      }
    }
  }
}

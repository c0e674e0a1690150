package com.trengo.client.redis;

import com.trengo.client.http.RateLimitConfig;
import java.time.Duration;

/**
 * A process that takes {@code limit} permits of a token and holds them until it is killed. Args: Redis
 * URL, key prefix, token, limit, window ms, lease ms. Prints {@link #HELD} when it holds them.
 */
final class HoldPermitsChild {
  static final String HELD = "HELD";

  private HoldPermitsChild() {}

  public static void main(String[] args) throws Exception {
    int limit = Integer.parseInt(args[3]);
    RedisRateLimiter limiter =
        RedisRateLimiter.builder()
            .redisUri(args[0])
            .keyPrefix(args[1])
            .token(args[2])
            .config(RateLimitConfig.builder().limit(limit).window(Duration.ofMillis(Long.parseLong(args[4]))).build())
            .lease(Duration.ofMillis(Long.parseLong(args[5])))
            .build();
    for (int i = 0; i < limit; i++) {
      limiter.ticket().await(Duration.ofSeconds(10)); // never closed: in flight when the process dies
    }
    System.out.println(HELD);
    System.out.flush();
    System.in.read(); // until killed
  }
}

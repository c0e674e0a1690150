package com.trengo.client.redis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test talks to the real Redis at {@code REDIS_URL} (default {@code redis://127.0.0.1:6379}). When
 * none answers: with {@code CI=true} the test fails saying how to start one; otherwise it is skipped
 * with a banner on stderr, so the build passes on a laptop without Redis.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RedisAvailable.class)
@interface RequiresRedis {}

package com.trengo.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A WireMock server on 127.0.0.1 and clients pointed at it whose waits are recorded, never slept. */
final class TestServer {
  static final String TOKEN = "tok_SECRET_0123456789abcdef";

  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  static WireMockExtension extension() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /**
   * A client with jitter off (waits are exact), recorded sleeps, and a private roomy limiter on fake
   * time: a pause the server asks for (a 429) passes at once instead of holding the test for real.
   */
  TrengoClient.Builder client(WireMockExtension server) {
    FakeTime limiterTime = new FakeTime();
    return TrengoClient.builder()
        .token(TOKEN)
        .baseUrl(server.baseUrl() + "/api/v2")
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .rateLimiter(
            RateLimiter.create(
                RateLimitConfig.ofDefaults().toBuilder()
                    .limit(10_000)
                    .clock(limiterTime)
                    .ticker(limiterTime)
                    .sleeper(limiterTime)
                    .build()))
        .sleeper(sleeps::add);
  }
}

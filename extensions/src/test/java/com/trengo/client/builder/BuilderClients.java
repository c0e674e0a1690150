package com.trengo.client.builder;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.testing.FakeTime;

/**
 * A WireMock server on 127.0.0.1, and clients for it with a private rate limiter, whose waits (a
 * 429's Retry-After) move a fake clock instead of sleeping.
 */
final class BuilderClients {
  private BuilderClients() {}

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  static TrengoClient client(WireMockExtension server) {
    FakeTime time = new FakeTime();
    return TrengoClient.builder()
        .token("tok_builders_0123456789")
        .baseUrl(server.baseUrl() + "/api/v2")
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults().toBuilder().clock(time).ticker(time).sleeper(time).build()))
        .clock(time)
        .sleeper(time)
        .build();
  }
}

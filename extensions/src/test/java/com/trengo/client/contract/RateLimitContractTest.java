package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.testing.FakeTime;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against the sandbox's per-token sliding window, on one fake time shared by the sandbox's
 * clock and the client's clock and sleeper: waits are asked for and recorded, never slept.
 */
class RateLimitContractTest {

  private static final FakeTime time = new FakeTime();

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(5, Duration.ofSeconds(10)).clock(time));

  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers("listUsers")
  void aClientBudgetedForMoreAdoptsTheServersLowerLimitAndIsNeverRefused() {
    int before = time.sleeps().size();
    try (TrengoClient trengo = onFakeTime()) {
      for (int i = 0; i < 12; i++) {
        assertEquals(8, trengo.teamsAndUsers().listUsers(1).getData().size());
      }
    }

    assertEquals(Collections.nCopies(12, 200), statuses());
    assertEquals(2, time.sleeps().size() - before, "paused after the 5th and the 10th: " + time.sleeps());
  }

  @Test
  @Covers("listUsers")
  void aRefusalCausedByAnotherUserOfTheTokenIsWaitedOutAndRetried() {
    try (TrengoClient trengo = onFakeTime();
        TrengoClient otherProcess = onFakeTime()) {
      trengo.teamsAndUsers().listUsers(1);
      for (int i = 0; i < 4; i++) {
        otherProcess.teamsAndUsers().listUsers(1);
      }
      int before = time.sleeps().size();

      assertEquals(8, trengo.teamsAndUsers().listUsers(1).getData().size());

      assertEquals(List.of(200, 200, 200, 200, 200, 429, 200), statuses());
      List<Duration> waits = time.sleeps().subList(before, time.sleeps().size());
      assertTrue(
          waits.stream().anyMatch(w -> w.toSeconds() >= 9 && w.toSeconds() <= 10),
          "waited the Retry-After of about 10 s: " + waits);
    }
  }

  /** A client whose limiter, retries and waits all run on {@link #time}, with the default 120 a minute. */
  private TrengoClient onFakeTime() {
    return client.builder()
        .rateLimiter(RateLimiter.create(RateLimitConfig.builder().clock(time).ticker(time).sleeper(time).build()))
        .clock(time)
        .sleeper(time)
        .build();
  }

  private static List<Integer> statuses() {
    return sandbox.sandbox().receivedRequests().stream().map(ReceivedRequest::status).toList();
  }
}

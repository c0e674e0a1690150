package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.RateLimitException;
import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.testing.FakeScheduler;
import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Items 11 and 12 of issue 13: {@code callTimeout} bounds the whole call, rate-limit waits and
 * backoffs included, and has a default; a cancelled or timed-out async call leaves the limiter's
 * queue and is never sent afterwards. The limiter, retries and deadlines run on one fake time.
 */
class CallTimeTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final String CONTACT = "{\"id\":5,\"name\":\"Ada\",\"identifier\":\"ada@example.com\"}";

  private final FakeTime time = new FakeTime();
  private final FakeScheduler scheduler = new FakeScheduler(time);
  private final RateLimiter limiter =
      RateLimiter.create(RateLimitConfig.builder().limit(1).window(WINDOW).clock(time).ticker(time).sleeper(time)
          .scheduler(scheduler).build());
  private TrengoClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    scheduler.close();
  }

  private TrengoClient.Builder onFakeTime() {
    return TrengoClient.builder()
        .token(TestServer.TOKEN)
        .baseUrl(server.baseUrl() + "/api/v2")
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .rateLimiter(limiter)
        .clock(time)
        .ticker(time)
        .sleeper(time)
        .scheduler(scheduler);
  }

  private static void answerEveryGet() {
    server.stubFor(get(anyUrl()).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(CONTACT)));
  }

  @Test
  void theCallTimeoutEndsAWaitForTheRateLimiterInsteadOfSittingOutTheWindow() {
    answerEveryGet();
    client = onFakeTime().callTimeout(Duration.ofSeconds(1)).build();
    client.contacts().get(5); // the one slot is taken for a window from now

    RateLimitWaitTimeoutException e = assertThrows(RateLimitWaitTimeoutException.class, () -> client.contacts().get(5));

    assertEquals(Duration.ofSeconds(1), e.maxWait());
    assertEquals(List.of(), time.sleeps(), "no wait was started that would end past the call's deadline");
    assertEquals(1, server.getAllServeEvents().size());
  }

  @Test
  void theCallTimeoutEndsABackoffThatWouldOutlastIt() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "15")));
    client = TrengoClient.builder()
        .token(TestServer.TOKEN)
        .baseUrl(server.baseUrl() + "/api/v2")
        .rateLimiter(RateLimiter.create(RateLimitConfig.builder().limit(1_000).clock(time).ticker(time).sleeper(time).build()))
        .clock(time)
        .ticker(time)
        .sleeper(time)
        .callTimeout(Duration.ofSeconds(1))
        .build();

    RateLimitException e = assertThrows(RateLimitException.class, () -> client.contacts().get(5));

    assertEquals(Duration.ofSeconds(15), e.retryAfter().orElseThrow());
    assertTrue(time.sleeps().stream().noneMatch(d -> d.compareTo(Duration.ofSeconds(1)) > 0), time.sleeps()::toString);
    assertEquals(1, server.getAllServeEvents().size());
  }

  @Test
  void waitsThatFitTheCallTimeoutAreWaited() {
    answerEveryGet();
    client = onFakeTime().callTimeout(Duration.ofSeconds(90)).build();
    client.contacts().get(5);

    assertEquals(5L, client.contacts().get(5).getId());

    assertEquals(List.of(WINDOW.plusMillis(1)), time.sleeps());
  }

  @Test
  void everyCallHasADocumentedDefaultTimeoutOfTwoMinutes() {
    client = onFakeTime().build();
    assertEquals(Duration.ofMinutes(2), client.options().callTimeout());
    assertEquals(Duration.ZERO, onFakeTime().callTimeout(Duration.ZERO).build().options().callTimeout(), "zero: none");
  }

  @Test
  void cancelledAndTimedOutAsyncCallsLeaveTheQueueAtOnceAndAreNeverSent() throws Exception {
    answerEveryGet();
    client = onFakeTime().build();
    RateLimiter.Permit held = limiter.acquire(); // the only slot, in flight

    List<CompletableFuture<Contact>> queued = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      queued.add(client.contacts().getAsync(5));
    }
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> awaitWaiting(5));

    queued.get(0).cancel(true);
    queued.get(1).cancel(false);
    queued.get(2).cancel(true);
    queued.get(3).completeExceptionally(new TimeoutException("what orTimeout does"));
    queued.get(4).orTimeout(1, java.util.concurrent.TimeUnit.NANOSECONDS);

    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> awaitWaiting(0));
    held.close();
    assertEquals(5L, client.contacts().get(5).getId(), "the next live call takes the freed place");
    assertEquals(1, server.getAllServeEvents().size(), "none of the five was sent afterwards");
    assertEquals(List.of(WINDOW.plusMillis(1)), time.sleeps(), "it waited for the held slot only");
  }

  @Test
  void anAsyncCreatePastItsDeadlineIsAnUnknownOutcomeAndIsSentOnce() {
    server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(201).withFixedDelay(5_000)
        .withHeader("Content-Type", "application/json").withBody(CONTACT)));
    client = TrengoClient.builder()
        .token(TestServer.TOKEN)
        .baseUrl(server.baseUrl() + "/api/v2")
        .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults()))
        .callTimeout(Duration.ofMillis(300))
        .build();

    CompletionException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
        CompletionException.class,
        () -> client.contacts().createAsync(new CreateContactRequest().name("Ada").identifier("ada@example.com").channelId(1L)).join()));

    TrengoOutcomeUnknownException unknown = assertInstanceOf(TrengoOutcomeUnknownException.class, e.getCause());
    assertTrue(unknown.getMessage().contains("call timeout of PT0.3S passed"), unknown.getMessage());
    assertEquals(1, server.getAllServeEvents().size());
  }

  private void awaitWaiting(int count) {
    while (limiter.waiting() != count) {
      Thread.yield();
    }
  }
}

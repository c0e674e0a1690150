package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17: async calls wait for permits and backoffs on the scheduler, never on a thread. The
 * limiter, retries and deadlines run on one fake time, and the scheduler runs its tasks as the test
 * advances that time: nothing sleeps for real. Threads are counted on a dispatcher of the test's own.
 */
class AsyncCallsTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final String CONTACT = "{\"id\":5,\"name\":\"Ada\",\"identifier\":\"ada@example.com\"}";

  private final FakeTime time = new FakeTime();
  private final FakeScheduler scheduler = new FakeScheduler(time);
  private final ThreadPoolExecutor dispatcherThreads =
      new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>());
  private final Dispatcher dispatcher = new Dispatcher(dispatcherThreads);
  private final List<ResponseInfo> observed = new CopyOnWriteArrayList<>();
  private TrengoClient client;
  private RateLimiter limiter;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    dispatcherThreads.shutdownNow();
    scheduler.close();
  }

  private TrengoClient client(int limit) {
    return client(limit, RequestOptions.builder());
  }

  private TrengoClient client(int limit, RequestOptions.Builder options) {
    limiter = RateLimiter.create(RateLimitConfig.builder().limit(limit).window(WINDOW).maxWait(Duration.ofHours(3))
        .clock(time).ticker(time).sleeper(time).scheduler(scheduler).build());
    client = TrengoClient.builder()
        .token(TestServer.TOKEN)
        .baseUrl(server.baseUrl() + "/api/v2")
        .okHttpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build())
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .rateLimiter(limiter)
        .clock(time)
        .ticker(time)
        .sleeper(d -> {
          throw new AssertionError("an async call slept on a thread for " + d);
        })
        .scheduler(scheduler)
        .build()
        .withOptions(options.responseObserver(observed::add).build());
    return client;
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static void respondInOrder(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      var stub = any(anyUrl()).inScenario("sequence").whenScenarioStateIs(i == 0 ? STARTED : "step" + i);
      if (i < responses.length - 1) {
        stub = stub.willSetStateTo("step" + (i + 1));
      }
      server.stubFor(stub.willReturn(responses[i]));
    }
  }

  private static int requests() {
    return server.getAllServeEvents().size();
  }

  /** Busy-waits (no sleep) until {@code condition} holds; the test fails after 20 s of real time. */
  private static void until(BooleanSupplier condition) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      while (!condition.getAsBoolean()) {
        Thread.onSpinWait();
      }
    });
  }

  @Test
  void aThousandConcurrentGetsWaitingForTheLimiterHoldNoThread() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(json(200, CONTACT)));
    client(10, RequestOptions.builder().callTimeout(Duration.ZERO)); // none: 100 windows of fake time
    List<CompletableFuture<Contact>> calls = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      calls.add(client.contacts().getAsync(5));
    }
    int windows = 0;
    while (calls.stream().anyMatch(c -> !c.isDone())) {
      int expected = Math.min(1_000, 10 * (windows + 1));
      until(() -> calls.stream().filter(CompletableFuture::isDone).count() == expected);
      until(() -> dispatcher.runningCallsCount() == 0);
      if (expected < 1_000) {
        assertEquals(1_000 - expected, limiter.waiting(), "the rest wait in the limiter's queue");
        assertEquals(0, dispatcher.runningCallsCount() + dispatcher.queuedCallsCount(),
            "waiting calls hold no dispatcher thread and no place in its queue");
      }
      scheduler.advance(WINDOW.plusMillis(1));
      windows++;
    }

    assertEquals(100, windows, "10 per window");
    assertEquals(1_000, requests());
    assertTrue(calls.stream().allMatch(c -> c.join().getId() == 5L));
    assertTrue(dispatcherThreads.getLargestPoolSize() <= 10,
        "at most the 10 calls on the wire at once had a thread: " + dispatcherThreads.getLargestPoolSize());
    assertTrue(observed.stream().allMatch(r -> r.attempts() == 1));
  }

  @Test
  void anAsyncRetryAfterA503WaitsOnTheSchedulerWithNoThreadParked() throws Exception {
    respondInOrder(json(503, "{}"), json(200, CONTACT));
    client(100);

    CompletableFuture<Contact> call = client.contacts().getAsync(5);
    until(() -> requests() == 1 && scheduler.pending() == 1); // the backoff
    until(() -> dispatcher.runningCallsCount() == 0);

    assertEquals(List.of(Duration.ofMillis(500)), scheduler.timedDelays(), "the backoff, on the scheduler");
    assertFalse(call.isDone());
    scheduler.advance(Duration.ofMillis(499));
    assertEquals(1, requests(), "not a millisecond early");
    scheduler.advance(Duration.ofMillis(1));

    assertEquals(5L, call.get(20, TimeUnit.SECONDS).getId());
    assertEquals(2, requests());
    assertEquals(List.of(2), observed.stream().map(ResponseInfo::attempts).toList(), "the observer counts both attempts");
    assertTrue(dispatcherThreads.getLargestPoolSize() <= 1, "one attempt at a time, one thread");
  }

  @Test
  void cancellingDuringTheLimiterWaitLeavesTheQueueAndSendsNothing() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(json(200, CONTACT)));
    client(1);
    RateLimiter.Permit held = limiter.acquire();

    CompletableFuture<Contact> cancelled = client.contacts().getAsync(5);
    CompletableFuture<Contact> timedOut = client.contacts().getAsync(5).orTimeout(1, TimeUnit.NANOSECONDS);
    until(() -> timedOut.isDone());
    assertEquals(1, limiter.waiting());
    cancelled.cancel(true);
    assertEquals(0, limiter.waiting(), "left the queue at once");

    held.close();
    scheduler.advance(WINDOW.multipliedBy(3));
    scheduler.drain();
    assertEquals(0, requests(), "neither was sent afterwards");
    assertEquals(0, dispatcherThreads.getLargestPoolSize());
  }

  @Test
  void cancellingDuringABackoffDropsTheNextAttempt() throws Exception {
    respondInOrder(json(503, "{}"), json(200, CONTACT));
    client(100);

    CompletableFuture<Contact> call = client.contacts().getAsync(5);
    until(() -> requests() == 1 && scheduler.pending() == 1);
    call.cancel(true);
    assertEquals(0, scheduler.pending(), "the scheduled attempt is gone");

    scheduler.advance(Duration.ofSeconds(10));
    scheduler.drain();
    assertEquals(1, requests(), "nothing more was sent");
    assertThrows(CancellationException.class, call::join);
  }

  @Test
  void theCallTimeoutBoundsAnAsyncWaitForTheLimiter() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(json(200, CONTACT)));
    client(1, RequestOptions.builder().callTimeout(Duration.ofSeconds(90)));
    RateLimiter.Permit held = limiter.acquire(); // in flight: it frees a window after it completes

    CompletableFuture<Contact> call = client.contacts().getAsync(5);
    until(() -> limiter.waiting() == 1);
    scheduler.advance(Duration.ofSeconds(29));
    assertFalse(call.isDone());
    scheduler.advance(Duration.ofSeconds(1)); // past 30 s no completion can free a slot within 90 s

    CompletionException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(CompletionException.class, call::join));
    RateLimitWaitTimeoutException timeout = assertInstanceOf(RateLimitWaitTimeoutException.class, e.getCause());
    assertEquals(Duration.ofSeconds(90), timeout.maxWait());
    assertEquals(0, limiter.waiting());
    held.close();
    scheduler.advance(WINDOW.multipliedBy(2));
    scheduler.drain();
    assertEquals(0, requests());
  }

  @Test
  void anAsyncCreateWhoseConnectionDroppedIsNotResent() {
    server.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    client(100);

    CompletableFuture<Contact> create =
        client.contacts().createAsync(new CreateContactRequest().name("Ada").identifier("ada@example.com").channelId(1L));

    CompletionException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(CompletionException.class, create::join));
    TrengoOutcomeUnknownException unknown = assertInstanceOf(TrengoOutcomeUnknownException.class, e.getCause());
    assertTrue(unknown.getMessage().contains("POST /api/v2/contacts may have been applied"), unknown.getMessage());
    assertEquals(1, requests(), "sent once");
    assertEquals(List.of(), scheduler.timedDelays(), "no retry was scheduled");
  }
}

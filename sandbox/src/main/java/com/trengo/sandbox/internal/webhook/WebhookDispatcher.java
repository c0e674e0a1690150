package com.trengo.sandbox.internal.webhook;

import com.trengo.sandbox.WebhookDelivery;
import com.trengo.sandbox.WebhookDelivery.Attempt;
import com.trengo.sandbox.WebhookDelivery.Status;
import com.trengo.sandbox.WebhookRetryPolicy;
import com.trengo.sandbox.WebhookScheduler;
import com.trengo.sandbox.internal.store.Webhook;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Sends deliveries as Trengo does: a form-encoded POST signed with the webhook's secret, from a
 * thread of its own, so an API call never waits for a receiver; retries what the receiver did not
 * accept, as the {@link WebhookRetryPolicy} says, on the {@link WebhookScheduler}; records every
 * attempt in the {@link DeliveryJournal}. Threads start with the first delivery.
 */
public final class WebhookDispatcher implements AutoCloseable {
  /** What real deliveries carry (a 2025 capture), so a receiver that logs it sees the same. */
  static final String USER_AGENT = "Http/Trengo";

  private final WebhookRetryPolicy policy;
  private final WebhookScheduler scheduler; // null: the own timer
  private final Clock clock;
  private final boolean anyHost;
  private final DeliveryJournal journal = new DeliveryJournal();
  // A reset starts a new generation: attempts of an older one are dropped, not sent to the next test.
  private final AtomicLong generation = new AtomicLong();

  private ExecutorService senders;
  private ScheduledExecutorService timer;
  private HttpClient http;
  private boolean closed;

  /**
   * @param scheduler runs retries; null for a timer of the dispatcher's own
   * @param anyHost whether to post to receivers off this machine too
   */
  public WebhookDispatcher(WebhookRetryPolicy policy, WebhookScheduler scheduler, Clock clock, boolean anyHost) {
    this.policy = policy;
    this.scheduler = scheduler;
    this.clock = clock;
    this.anyHost = anyHost;
  }

  /**
   * Starts delivering {@code payload} (form-encoded as {@code body}) to {@code webhook}; returns at once.
   * A receiver off this machine, unless allowed, is recorded as NOT_SENT.
   */
  WebhookDelivery deliver(Webhook webhook, EventType type, Map<String, String> payload, String body) {
    boolean allowed = anyHost || isLoopback(webhook.url());
    DeliveryJournal.Entry entry = journal.add(
        webhook.id(), webhook.url(), type, payload, body, allowed ? Status.PENDING : Status.NOT_SENT);
    // Taken before the first attempt is handed over: from then on the entry changes on another thread.
    WebhookDelivery started = entry.snapshot();
    if (allowed) {
      long current = generation.get();
      senders().ifPresent(pool -> pool.execute(() -> attempt(entry, webhook.signingSecret(), 1, current)));
    }
    return started;
  }

  /** Every delivery since start or the last reset, oldest first. */
  public List<WebhookDelivery> deliveries() {
    return journal.all();
  }

  /** The deliveries numbered above {@code id}. */
  List<WebhookDelivery> deliveriesSince(long id) {
    return journal.since(id);
  }

  /** The number of the latest delivery (0 before the first). */
  long lastDeliveryId() {
    return journal.lastId();
  }

  /** The first delivery that satisfies {@code condition}, waiting for changes up to {@code timeout}. */
  public Optional<WebhookDelivery> await(Predicate<? super WebhookDelivery> condition, Duration timeout)
      throws InterruptedException {
    return journal.await(condition, timeout);
  }

  /** The deliveries {@code ids} once all are settled, or as they stand when {@code timeout} has passed. */
  public List<WebhookDelivery> awaitSettled(List<Long> ids, Duration timeout) throws InterruptedException {
    return journal.awaitSettled(ids, timeout);
  }

  /** Forgets every delivery, and drops the attempts still to come. */
  public void reset() {
    generation.incrementAndGet();
    journal.clear();
  }

  /** Stops the threads; attempts still to come are dropped. */
  @Override
  public synchronized void close() {
    closed = true;
    generation.incrementAndGet();
    if (senders != null) {
      senders.shutdownNow();
    }
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void attempt(DeliveryJournal.Entry entry, String secret, int number, long gen) {
    HttpClient client = client().orElse(null);
    if (client == null || gen != generation.get()) {
      return;
    }
    Instant at = clock.instant();
    byte[] body = entry.body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(entry.url))
          .timeout(policy.attemptTimeout())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("User-Agent", USER_AGENT)
          .header(DeliverySignature.HEADER, DeliverySignature.header(secret, at.getEpochSecond(), body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
    } catch (IllegalArgumentException e) { // a URL the HTTP client cannot post to
      journal.attempted(entry, new Attempt(number, at, 0, "cannot post to this URL: " + e.getMessage()), Status.FAILED);
      return;
    }
    client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete((response, error) -> {
          if (gen != generation.get()) {
            return;
          }
          Attempt attempt = error == null
              ? new Attempt(number, at, response.statusCode(), "HTTP " + response.statusCode())
              : new Attempt(number, at, 0, describe(error));
          if (attempt.succeeded()) {
            journal.attempted(entry, attempt, Status.DELIVERED);
          } else if (number >= policy.maxAttempts()) {
            journal.attempted(entry, attempt, Status.FAILED);
          } else {
            journal.attempted(entry, attempt, Status.RETRYING);
            retryLater(() -> attempt(entry, secret, number + 1, gen), policy.backoffAfter(number));
          }
        });
  }

  private void retryLater(Runnable retry, Duration backoff) {
    if (scheduler != null) {
      scheduler.schedule(retry, backoff);
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      if (timer == null) {
        timer = Executors.newSingleThreadScheduledExecutor(daemon("trengo-sandbox-webhook-retries"));
      }
      timer.schedule(retry, backoff.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private synchronized Optional<ExecutorService> senders() {
    if (closed) {
      return Optional.empty();
    }
    if (senders == null) {
      senders = Executors.newCachedThreadPool(daemon("trengo-sandbox-webhooks"));
    }
    return Optional.of(senders);
  }

  private synchronized Optional<HttpClient> client() {
    if (closed) {
      return Optional.empty();
    }
    if (http == null) {
      http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance with a receiver's plain HTTP server
          .followRedirects(HttpClient.Redirect.NEVER) // a redirect is not an acceptance
          .connectTimeout(policy.attemptTimeout())
          .executor(senders)
          .build();
    }
    return Optional.of(http);
  }

  private String describe(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof HttpTimeoutException) {
      return "no answer within " + policy.attemptTimeout().toMillis() + " ms";
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Whether the URL's host is this machine, by name: nothing is resolved. */
  static boolean isLoopback(String url) {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

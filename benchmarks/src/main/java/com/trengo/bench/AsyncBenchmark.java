package com.trengo.bench;

import com.trengo.client.TrengoClient;
import com.trengo.client.api.ContactsApi;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Contact;
import com.trengo.sandbox.TrengoSandbox;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Issue 17: {@code calls} concurrent async gets against an embedded sandbox on 127.0.0.1 that allows
 * {@code limit} requests per {@code window} (Trengo's 120 per 60 s scaled down so a run is short),
 * paced by a limiter of the same budget. Three ways, in one run:
 *
 * <ul>
 *   <li><b>scheduled</b>: {@code getAsync}, whose waits are timer entries (this version);
 *   <li><b>dispatcher-blocking</b>: the 0.1.0 async path, a Retrofit call enqueued on OkHttp's
 *       dispatcher whose interceptors wait for the permit in place ({@code client.api(..)} calls still
 *       run that way);
 *   <li><b>thread-per-call</b>: what users of the blocking client did, {@code supplyAsync(get,
 *       newCachedThreadPool())}.
 * </ul>
 *
 * <p>For each: the JVM's peak live threads during the run (above the count before it), the wall
 * time, and how long one unrelated async call takes meanwhile: a get to a second sandbox (also on
 * 127.0.0.1) through a second client sharing the first one's OkHttp dispatcher, started while the
 * calls wait. Figures are ratios against the scheduled path.
 */
final class AsyncBenchmark {
  private final int calls;
  private final int limit;
  private final Duration window;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  AsyncBenchmark(int calls, int limit, Duration window) {
    this.calls = calls;
    this.limit = limit;
    this.window = window;
  }

  void run() throws Exception {
    System.out.printf(Locale.ROOT, "async: %d concurrent gets, sandbox and limiter at %d per %s (Trengo's 120 per 60 s, scaled)%n",
        calls, limit, window);
    List<Result> results = new ArrayList<>();
    results.add(measure("scheduled (getAsync)", (client, id) -> client.contacts().getAsync(id)));
    results.add(measure("dispatcher-blocking (0.1.0 async)", AsyncBenchmark::enqueueBlocking));
    ExecutorService perCall = Executors.newCachedThreadPool();
    results.add(measure("thread-per-call (sync on a pool)",
        (client, id) -> CompletableFuture.supplyAsync(() -> client.contacts().get(id), perCall)));
    perCall.shutdown();

    Result base = results.get(0);
    System.out.printf(Locale.ROOT, "  %-36s %14s %12s %22s%n", "path", "peak threads", "wall", "unrelated call");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "  %-36s %5d (%5.1fx) %6.2f s (%4.2fx) %8.3f s (%7.1fx)%n", r.name,
          r.peakThreads, (double) r.peakThreads / base.peakThreads, r.wallNanos / 1e9, (double) r.wallNanos / base.wallNanos,
          r.unrelatedNanos / 1e9, (double) r.unrelatedNanos / base.unrelatedNanos);
    }
  }

  /** A Retrofit call enqueued as 0.1.0's getAsync did: its interceptors wait on a dispatcher thread. */
  private static CompletableFuture<Contact> enqueueBlocking(TrengoClient client, long id) {
    CompletableFuture<Contact> future = new CompletableFuture<>();
    Call<Contact> call = client.api(ContactsApi.class).getContact(id, null);
    call.enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<Contact> c, Response<Contact> response) {
        if (response.isSuccessful()) {
          future.complete(response.body());
        } else {
          future.completeExceptionally(new IllegalStateException("HTTP " + response.code()));
        }
      }

      @Override
      public void onFailure(Call<Contact> c, Throwable t) {
        future.completeExceptionally(t);
      }
    });
    return future;
  }

  private Result measure(String name, Path path) throws Exception {
    TrengoSandbox limited = TrengoSandbox.builder().rateLimit(limit, window).build().start();
    TrengoSandbox other = TrengoSandbox.builder().build().start();
    OkHttpClient shared = new OkHttpClient();
    RateLimiter limiter = RateLimiter.create(RateLimitConfig.builder().limit(limit).window(window)
        .maxWait(window.multipliedBy(calls / limit * 3L)).build());
    try (TrengoClient client = TrengoClient.builder().token(limited.token()).baseUrl(limited.baseUrl())
            .okHttpClient(shared).rateLimiter(limiter).callTimeout(Duration.ZERO).build();
        TrengoClient unrelated = TrengoClient.builder().token(other.token()).baseUrl(other.baseUrl())
            .okHttpClient(shared).rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults())).build()) {
      long id = client.contacts().list(1, null).getData().get(0).getId();
      long otherId = unrelated.contacts().list(1, null).getData().get(0).getId();
      Thread.sleep(window.toMillis() + 50); // the look-up's slot frees; every run starts on a fresh window
      System.gc();
      int before = threads.getThreadCount();
      threads.resetPeakThreadCount();

      long start = System.nanoTime();
      List<CompletableFuture<Contact>> pending = new ArrayList<>(calls);
      for (int i = 0; i < calls; i++) {
        pending.add(path.get(client, id));
      }
      Thread.sleep(200); // the budget of the first window is spent; the rest wait
      long unrelatedStart = System.nanoTime();
      unrelated.contacts().getAsync(otherId).get(5, TimeUnit.MINUTES);
      long unrelatedNanos = System.nanoTime() - unrelatedStart;
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
      long wall = System.nanoTime() - start;
      int peak = threads.getPeakThreadCount() - before;
      return new Result(name, Math.max(1, peak), wall, unrelatedNanos);
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
      limited.close();
      other.close();
    }
  }

  @FunctionalInterface
  private interface Path {
    CompletableFuture<Contact> get(TrengoClient client, long id);
  }

  private record Result(String name, int peakThreads, long wallNanos, long unrelatedNanos) {}

}

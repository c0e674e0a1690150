package com.trengo.bench;

import com.trengo.client.TrengoClient;
import com.trengo.client.api.ContactsApi;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.internal.LenientGson;
import com.trengo.client.model.Contact;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Overhead of the library: the same GET through {@link TrengoClient} (retry, rate-limit and timeout
 * interceptors, lenient reading, error mapping) and through the bare generated Retrofit interface
 * sending the same Authorization and User-Agent headers, against the same local stub, in alternating
 * rounds; the figure is the median of the per-round ratios, so machine noise hits both alike.
 */
final class OverheadBenchmark {
  private static final String CONTACT =
      "{\"id\":5,\"name\":\"Ada Lovelace\",\"identifier\":\"+31612345678\",\"email\":\"ada@example.com\","
          + "\"phone\":\"+31612345678\",\"created_at\":\"2024-05-01T10:15:30Z\"}";

  private final int rounds;
  private final int callsPerRound;

  OverheadBenchmark(int rounds, int callsPerRound) {
    this.rounds = rounds;
    this.callsPerRound = callsPerRound;
  }

  /** Runs and prints; returns the ratio of medians (client / bare). */
  double run() throws Exception {
    try (LocalServer server = new LocalServer(() -> LocalServer.json(200, CONTACT))) {
      // The baseline is the bare call as it must be made to work: with the bearer token and a
      // User-Agent, the two headers every Trengo request carries; without them it would be measuring
      // a request the real API refuses. And with a whole-call timeout, as the client's default is:
      // without one an answer that never ends blocks for ever. OkHttp's timeout watchdog costs a few
      // microseconds a call on loopback; both sides pay it.
      OkHttpClient okHttp =
          new OkHttpClient.Builder()
              .callTimeout(Duration.ofMinutes(2))
              .addInterceptor(
                  chain ->
                      chain.proceed(
                          chain.request().newBuilder()
                              .header("Authorization", "Bearer bench-token")
                              .header("User-Agent", "bench/1.0 Java/" + System.getProperty("java.version"))
                              .build()))
              .build();
      ContactsApi bare =
          new Retrofit.Builder()
              .baseUrl(server.baseUrl())
              .client(okHttp)
              .addConverterFactory(GsonConverterFactory.create(LenientGson.create()))
              .build()
              .create(ContactsApi.class);
      try (TrengoClient client =
          TrengoClient.builder()
              .token("bench-token")
              .baseUrl(server.baseUrl())
              // A budget far above what the loop can use: this measures overhead, not pacing.
              .rateLimiter(RateLimiter.create(RateLimitConfig.builder().limit(10_000).window(Duration.ofMillis(1)).build()))
              .build()) {
        Call bareCall = () -> bare.getContact(5L, null).execute().body();
        Call clientCall = () -> client.contacts().get(5);
        for (int i = 0; i < 10; i++) { // warm-up: JIT (the client's path is longer), connection pool
          time(bareCall);
          time(clientCall);
        }
        long[] bareNanos = new long[rounds];
        long[] clientNanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
          if (r % 2 == 0) {
            bareNanos[r] = time(bareCall);
            clientNanos[r] = time(clientCall);
          } else {
            clientNanos[r] = time(clientCall);
            bareNanos[r] = time(bareCall);
          }
        }
        double bareMedian = median(bareNanos) / callsPerRound;
        double clientMedian = median(clientNanos) / callsPerRound;
        // Each round times both back to back, so a round's ratio shares the machine's state of the
        // moment; their median cancels drift between rounds that the ratio of medians does not.
        double[] paired = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          paired[r] = (double) clientNanos[r] / bareNanos[r];
        }
        double ratio = median(paired);
        System.out.printf(
            "overhead: %d rounds x %d GET /contacts/5 on 127.0.0.1%n"
                + "  bare generated Retrofit call: median %.1f us/call%n"
                + "  TrengoClient call:            median %.1f us/call (ratio of medians %.3fx)%n"
                + "  ratio TrengoClient / bare:    %.3fx, median of per-round ratios (goal <= 1.05x)%n",
            rounds, callsPerRound, bareMedian / 1000, clientMedian / 1000, clientMedian / bareMedian, ratio);
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        return ratio;
      }
    }
  }

  private long time(Call call) throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < callsPerRound; i++) {
      if (call.run() == null) {
        throw new IllegalStateException("no body");
      }
    }
    return System.nanoTime() - start;
  }

  private static double median(long[] values) {
    return median(Arrays.stream(values).asDoubleStream().toArray());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  @FunctionalInterface
  private interface Call {
    Contact run() throws IOException;
  }
}

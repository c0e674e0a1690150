package com.trengo.cli;

import com.trengo.cli.progress.RateLimitWaitTracker;
import com.trengo.cli.progress.WaitNotice;
import com.trengo.client.ClientOptions;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.RateLimit;
import com.trengo.sandbox.TrengoSandbox;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The API a command talks to, opened from the environment: with {@code TRENGO_TOKEN} (and optional
 * {@code TRENGO_BASE_URL}) the real one; without either, an embedded sandbox seeded with demo data,
 * announced on stderr in one line. {@code TRENGO_BASE_URL} without a token is a usage error: the user
 * meant a server, and a throwaway sandbox would take their data silently. Owns the client, its OkHttp
 * client (so that Ctrl-C can cancel what is in flight) and the sandbox; close it when done.
 *
 * <p>The client is configured for a bulk job: {@link RetryPolicy#forBulkJobs()} (the library's retry
 * layer is the only one; the command has no loop of its own), and {@code --timeout} as the call
 * timeout, which bounds every request with its retries and waits.
 */
public final class Target implements AutoCloseable {

  /** Trengo's documented budget: 120 requests a minute per token. */
  private static final RateLimit TRENGO_BUDGET = new RateLimit(120, Duration.ofSeconds(60));

  private final TrengoClient client;
  private final OkHttpClient http;
  private final TrengoSandbox sandbox;
  private final RateLimitWaitTracker tracker;
  private final WaitNotice notice;

  private Target(TrengoClient client, OkHttpClient http, TrengoSandbox sandbox, RateLimitWaitTracker tracker,
      WaitNotice notice) {
    this.client = client;
    this.http = http;
    this.sandbox = sandbox;
    this.tracker = tracker;
    this.notice = notice;
  }

  /** Opens the target with the bulk retry policy. */
  public static Target open(TargetOptions options, CliContext context, CommandSpec spec) {
    return open(options, context, spec, RetryPolicy.forBulkJobs());
  }

  /**
   * Opens the target the environment and {@code options} name, retrying as {@code retries} says.
   *
   * @throws ParameterException when sandbox options are given with {@code TRENGO_TOKEN}, {@code
   *     TRENGO_BASE_URL} is given without it or is not a URL it may use, or the token is malformed
   */
  public static Target open(TargetOptions options, CliContext context, CommandSpec spec, RetryPolicy retries) {
    String token = context.envValue("TRENGO_TOKEN");
    String baseUrl = context.envValue("TRENGO_BASE_URL");
    RateLimitWaitTracker tracker = new RateLimitWaitTracker();
    requireTokenWithBaseUrl(token, baseUrl, spec);
    if (token != null) {
      if (options.sandbox.anyGiven()) {
        throw new ParameterException(
            spec.commandLine(),
            "--sandbox-* options configure the embedded sandbox, which is not used when TRENGO_TOKEN is set;"
                + " unset TRENGO_TOKEN to use the sandbox");
      }
      TrengoClient.Builder builder;
      try {
        builder = TrengoClient.builder().token(token);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "TRENGO_TOKEN: " + e.getMessage().replace("token ", ""), e);
      }
      if (baseUrl != null) {
        try {
          builder.baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "TRENGO_BASE_URL: " + Terminal.safe(e.getMessage()), e);
        }
      }
      builder.allowPlainHttp(options.allowPlainHttp);
      RateLimit budget = options.clientRateLimit != null ? options.clientRateLimit : TRENGO_BUDGET;
      return open(builder, null, budget, tracker, context, spec, options, retries);
    }

    TrengoSandbox sandbox = options.sandbox.toBuilder().build().start();
    RateLimit limit = options.sandbox.rateLimit();
    context.err().println(
        "trengo: TRENGO_TOKEN is not set, so this runs on an embedded sandbox with demo data (seed "
            + sandbox.seed() + ", " + limit.requests() + " requests per " + seconds(limit) + ", "
            + faultsDescription(options.sandbox) + ") at " + sandbox.baseUrl());
    RateLimit budget = options.clientRateLimit != null ? options.clientRateLimit : limit;
    TrengoClient.Builder builder = TrengoClient.builder().token(sandbox.token()).baseUrl(sandbox.baseUrl());
    return open(builder, sandbox, budget, tracker, context, spec, options, retries);
  }

  /**
   * Which account a command would read, without opening anything: the base URL (the API's own when
   * TRENGO_BASE_URL is unset) with a token, else the embedded sandbox and its seed, whose demo data is
   * the same on every run. For a file that must go on with the account it began with (an export's
   * checkpoint).
   *
   * @throws ParameterException as {@link #open} does when TRENGO_BASE_URL is set without TRENGO_TOKEN
   */
  public static String identity(TargetOptions options, CliContext context, CommandSpec spec) {
    String token = context.envValue("TRENGO_TOKEN");
    String baseUrl = context.envValue("TRENGO_BASE_URL");
    requireTokenWithBaseUrl(token, baseUrl, spec);
    if (token == null) {
      return "the embedded sandbox (seed " + options.sandbox.seed() + ")";
    }
    return baseUrl != null ? baseUrl : ClientOptions.DEFAULT_BASE_URL;
  }

  /** TRENGO_BASE_URL without a token: the user meant a server, and a throwaway sandbox would take their data. */
  private static void requireTokenWithBaseUrl(String token, String baseUrl, CommandSpec spec) {
    if (token == null && baseUrl != null) {
      throw new ParameterException(spec.commandLine(),
          "TRENGO_BASE_URL is set but TRENGO_TOKEN is not: export TRENGO_TOKEN for " + Terminal.safe(baseUrl)
              + ", or unset TRENGO_BASE_URL to run on the embedded sandbox");
    }
  }

  private static Target open(TrengoClient.Builder builder, TrengoSandbox sandbox, RateLimit budget,
      RateLimitWaitTracker tracker, CliContext context, CommandSpec spec, TargetOptions options, RetryPolicy retries) {
    // A private limiter rather than RateLimiter.forToken: one run of the command is one client, so it
    // is the same budget, and runs inside one JVM (the tests) do not inherit each other's.
    RateLimiter limiter =
        RateLimiter.create(RateLimitConfig.builder().limit(budget.requests()).window(budget.window()).build());
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .dispatcher(new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
              Thread t = new Thread(r, "trengo-cli-http");
              t.setDaemon(true);
              return t;
            })))
        .build();
    TrengoClient client;
    try {
      client = builder
          .okHttpClient(http)
          .rateLimiter(limiter)
          .retryPolicy(retries)
          .callTimeout(options.timeout)
          .sleeper(tracker.sleeper(context.sleeper()))
          .addInterceptor(tracker.callInterceptor())
          .addNetworkInterceptor(tracker.wireInterceptor())
          .build();
    } catch (IllegalStateException e) {
      close(http, sandbox);
      throw new ParameterException(spec.commandLine(), "TRENGO_BASE_URL: " + Terminal.safe(e.getMessage())
          .replace("allowPlainHttp(true)", "--allow-plain-http"), e);
    }
    WaitNotice notice = new WaitNotice(tracker, context.err(), options.timeout,
        budget.requests() + " requests per " + seconds(budget)).start();
    return new Target(client, http, sandbox, tracker, notice);
  }

  /** The client, paced and retried by the library. */
  public TrengoClient client() {
    return client;
  }

  /** The embedded sandbox, when this run uses one. */
  public Optional<TrengoSandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /** What went on the wire, and how long the rate limit held the job up. */
  public RateLimitWaitTracker tracker() {
    return tracker;
  }

  /** Cancels every call in flight or queued (Ctrl-C): a create on the wire ends as an unknown outcome. */
  public void cancelAll() {
    http.dispatcher().cancelAll();
  }

  @Override
  public void close() {
    notice.close();
    client.close();
    close(http, sandbox);
  }

  private static void close(OkHttpClient http, TrengoSandbox sandbox) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static String seconds(RateLimit limit) {
    long millis = limit.window().toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String faultsDescription(SandboxOptions options) {
    if (options.faultRates == null) {
      return "no faults";
    }
    StringBuilder out = new StringBuilder("faults");
    for (FaultType type : FaultType.values()) {
      double share = options.faultRates.rate(type);
      if (share > 0) {
        out.append(out.length() == 6 ? " " : ", ").append(type.cliName()).append(' ')
            .append(String.format(Locale.ROOT, "%.0f%%", share * 100));
      }
    }
    return out.toString();
  }
}

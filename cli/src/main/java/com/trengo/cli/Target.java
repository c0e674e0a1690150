package com.trengo.cli;

import com.trengo.cli.progress.RateLimitWaitTracker;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.RateLimit;
import com.trengo.sandbox.TrengoSandbox;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The API a command talks to, opened from the environment: with {@code TRENGO_TOKEN} (and optional
 * {@code TRENGO_BASE_URL}) the real one; without, an embedded sandbox seeded with demo data, announced
 * on stderr in one line. Owns the client and the sandbox; close it when done.
 */
public final class Target implements AutoCloseable {

  /** Trengo's documented budget: 120 requests a minute per token. */
  private static final RateLimit TRENGO_BUDGET = new RateLimit(120, Duration.ofSeconds(60));

  private final TrengoClient client;
  private final TrengoSandbox sandbox;
  private final RateLimitWaitTracker tracker;

  private Target(TrengoClient client, TrengoSandbox sandbox, RateLimitWaitTracker tracker) {
    this.client = client;
    this.sandbox = sandbox;
    this.tracker = tracker;
  }

  /**
   * Opens the target the environment and {@code options} name.
   *
   * @throws ParameterException when sandbox options are given with {@code TRENGO_TOKEN}, or {@code
   *     TRENGO_BASE_URL} is not a URL
   */
  public static Target open(TargetOptions options, CliContext context, CommandSpec spec) {
    String token = context.envValue("TRENGO_TOKEN");
    RateLimitWaitTracker tracker = new RateLimitWaitTracker();
    if (token != null) {
      if (options.sandbox.anyGiven()) {
        throw new ParameterException(
            spec.commandLine(),
            "--sandbox-* options configure the embedded sandbox, which is not used when TRENGO_TOKEN is set;"
                + " unset TRENGO_TOKEN to use the sandbox");
      }
      TrengoClient.Builder builder = TrengoClient.builder().token(token);
      String baseUrl = context.envValue("TRENGO_BASE_URL");
      if (baseUrl != null) {
        try {
          builder.baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "TRENGO_BASE_URL: " + e.getMessage(), e);
        }
      }
      RateLimit budget = options.clientRateLimit != null ? options.clientRateLimit : TRENGO_BUDGET;
      return new Target(client(builder, budget, tracker, context), null, tracker);
    }

    TrengoSandbox sandbox = options.sandbox.toBuilder().build().start();
    RateLimit limit = options.sandbox.rateLimit();
    context.err().println(
        "trengo: TRENGO_TOKEN is not set, so this runs on an embedded sandbox with demo data (seed "
            + sandbox.seed() + ", " + limit.requests() + " requests per " + seconds(limit) + ", "
            + faultsDescription(options.sandbox) + ") at " + sandbox.baseUrl());
    RateLimit budget = options.clientRateLimit != null ? options.clientRateLimit : limit;
    TrengoClient.Builder builder = TrengoClient.builder().token(sandbox.token()).baseUrl(sandbox.baseUrl());
    return new Target(client(builder, budget, tracker, context), sandbox, tracker);
  }

  private static TrengoClient client(
      TrengoClient.Builder builder, RateLimit budget, RateLimitWaitTracker tracker, CliContext context) {
    // A private limiter rather than RateLimiter.forToken: one run of the command is one client, so it
    // is the same budget, and runs inside one JVM (the tests) do not inherit each other's.
    RateLimiter limiter =
        RateLimiter.create(RateLimitConfig.builder().limit(budget.requests()).window(budget.window()).build());
    return builder
        .rateLimiter(limiter)
        .sleeper(tracker.sleeper(context.sleeper()))
        .addInterceptor(tracker.callInterceptor())
        .addNetworkInterceptor(tracker.wireInterceptor())
        .build();
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

  @Override
  public void close() {
    client.close();
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

package com.trengo.cli;

import com.trengo.sandbox.FaultConfig;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.RateLimit;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.client.http.RateLimitConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How the embedded sandbox behaves: its demo data, its rate limit and the faults it injects. Point the
 * last two at something harsher for demos: {@code --sandbox-rate-limit 60/5s --sandbox-fault-rate
 * reset-after-apply=0.04,reset-before-apply=0.03,server-error=0.03}.
 */
public final class SandboxOptions {

  @Option(
      names = "--sandbox-seed",
      paramLabel = "S",
      description = "Seed of the sandbox's demo data (default 42).")
  Long seed;

  @Option(
      names = "--sandbox-rate-limit",
      paramLabel = "R/W",
      converter = RateLimitConverter.class,
      description = "The sandbox's rate limit per token, e.g. 60/5s or 120/1m (default 120/60s, Trengo's).")
  RateLimit rateLimit;

  @Option(
      names = "--sandbox-fault-rate",
      paramLabel = "LIST",
      converter = FaultRatesConverter.class,
      description =
          "Random faults the sandbox injects, as FAULT=SHARE,...: server-error, reset-before-apply, "
              + "reset-after-apply, malformed-body, delay, html-200, cut-body, bad-gateway, redirect;"
              + " e.g. reset-after-apply=0.04,server-error=0.03.")
  FaultConfig faultRates;

  @Option(
      names = "--sandbox-fault-seed",
      paramLabel = "S",
      description = "Seed of the random faults (default 0): the same seed gives the same faults.")
  Long faultSeed;

  /** Whether any sandbox option was given (they make no sense against the real API). */
  boolean anyGiven() {
    return seed != null || rateLimit != null || faultRates != null || faultSeed != null;
  }

  /** The seed of the sandbox's demo data. */
  long seed() {
    return seed != null ? seed : 42;
  }

  /** The sandbox's rate limit. */
  RateLimit rateLimit() {
    return rateLimit != null ? rateLimit : RateLimit.TRENGO;
  }

  /** A sandbox builder configured by these options. */
  TrengoSandbox.Builder toBuilder() {
    return TrengoSandbox.builder()
        .seed(seed())
        .rateLimit(rateLimit())
        .faults((faultRates != null ? faultRates : FaultConfig.none()).toBuilder()
            .seed(faultSeed != null ? faultSeed : 0)
            .build());
  }

  /**
   * Parses {@code reset-after-apply=0.04,server-error=0.03} with the sandbox's own fault names.
   *
   * @throws IllegalArgumentException naming the entry it cannot read
   */
  public static FaultConfig faults(String rates) {
    FaultConfig.Builder faults = FaultConfig.builder();
    for (String entry : rates.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] typeAndShare = entry.split("=", 2);
      if (typeAndShare.length != 2) {
        throw new IllegalArgumentException("expected FAULT=SHARE such as server-error=0.1, got '" + entry + "'");
      }
      double share;
      try {
        share = Double.parseDouble(typeAndShare[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + typeAndShare[1] + "' is not a share between 0 and 1", e);
      }
      faults.rate(FaultType.fromName(typeAndShare[0]), share);
    }
    return faults.build();
  }

  /** Reads {@code reset-after-apply=0.04,server-error=0.03}. */
  static final class FaultRatesConverter implements ITypeConverter<FaultConfig> {
    @Override
    public FaultConfig convert(String value) {
      try {
        return faults(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(Terminal.safe(e.getMessage()));
      }
    }
  }

  /**
   * Reads {@code 60/5s} with the sandbox's own parser, within what the client's limiter paces (1 to
   * 10,000 requests, a window of 1 ms to a day): the client is paced to the same budget.
   */
  public static final class RateLimitConverter implements ITypeConverter<RateLimit> {
    @Override
    public RateLimit convert(String value) {
      try {
        RateLimit limit = RateLimit.parse(value);
        RateLimitConfig.builder().limit(limit.requests()).window(limit.window()).build();
        return limit;
      } catch (IllegalArgumentException e) { // NumberFormatException included: digits beyond an int
        throw new TypeConversionException(Terminal.safe(e.getMessage()) + " (R/W: 1 to 10000 requests per 1ms to 24h)");
      }
    }
  }
}

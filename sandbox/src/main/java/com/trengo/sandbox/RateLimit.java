package com.trengo.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many requests one token may send in any window of time; Trengo's is 120 a minute. The sandbox
 * enforces it as a sliding window: at any instant, at most {@code requests} in the past {@code window}.
 *
 * @param requests requests allowed per window, at least 1
 * @param window the window, positive
 */
public record RateLimit(int requests, Duration window) {

  /** Trengo's limit: 120 requests per minute per token. */
  public static final RateLimit TRENGO = new RateLimit(120, Duration.ofMinutes(1));

  private static final Pattern SPEC = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*(ms|s|m|h)?");

  /** Checks the arguments. */
  public RateLimit {
    Objects.requireNonNull(window, "window == null");
    if (requests < 1) {
      throw new IllegalArgumentException("requests < 1: " + requests);
    }
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
  }

  /** {@code requests} per minute. */
  public static RateLimit perMinute(int requests) {
    return new RateLimit(requests, Duration.ofMinutes(1));
  }

  /**
   * Parses the command-line form {@code REQUESTS/WINDOW}, the window in ms, s (the default), m or h:
   * {@code 120/60s}, {@code 120/1m}, {@code 5/500ms}.
   */
  public static RateLimit parse(String text) {
    Matcher m = SPEC.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("Expected REQUESTS/WINDOW such as 120/60s, got '" + text + "'");
    }
    long amount = Long.parseLong(m.group(2));
    String unit = m.group(3) == null ? "s" : m.group(3);
    Duration window =
        switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
    return new RateLimit(Integer.parseInt(m.group(1)), window);
  }

  @Override
  public String toString() {
    return requests + "/" + window.toMillis() + "ms";
  }
}

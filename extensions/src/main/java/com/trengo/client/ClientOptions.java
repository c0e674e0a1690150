package com.trengo.client;

import com.trengo.client.http.LogLevel;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.http.Sleeper;
import com.trengo.client.internal.HttpSettings;
import com.trengo.client.internal.HttpStack;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The immutable settings of a {@link TrengoClient}, made by {@link TrengoClient.Builder}. Readable
 * for diagnostics; the token is held but never exposed or printed. A read-only view of the settings
 * the client's HTTP stack was built from, so the two cannot disagree.
 */
public final class ClientOptions {
  /** Trengo's production API. */
  public static final String DEFAULT_BASE_URL = "https://app.trengo.com/api/v2/";

  private final HttpSettings settings;

  ClientOptions(HttpSettings settings) {
    this.settings = settings;
  }

  /** The API root every path is resolved against, ending in {@code /}. */
  public String baseUrl() {
    return settings.baseUrl().toString();
  }

  /** The default retry policy. */
  public RetryPolicy retryPolicy() {
    return settings.retryPolicy();
  }

  /** The rate limiter that paces every request of this token. */
  public RateLimiter rateLimiter() {
    return settings.rateLimiter();
  }

  /** The connect timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  /** The read timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration readTimeout() {
    return settings.readTimeout();
  }

  /** The write timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration writeTimeout() {
    return settings.writeTimeout();
  }

  /**
   * The timeout of a whole call (waits, retries and the body included): as set, else the supplied
   * {@link OkHttpClient}'s when it sets one, else the default of 2 minutes; zero means none.
   */
  public Duration callTimeout() {
    return HttpStack.callTimeout(settings);
  }

  /** The largest body of a successful answer the client reads, in bytes. */
  public long maxResponseBytes() {
    return settings.maxResponseBytes();
  }

  /** How much of each exchange is logged. */
  public LogLevel logLevel() {
    return settings.logLevel();
  }

  /** The clock for retry and rate-limit waits. */
  public Clock clock() {
    return settings.clock();
  }

  /** The sleeper for retry and rate-limit waits. */
  public Sleeper sleeper() {
    return settings.sleeper();
  }

  @Override
  public String toString() {
    HttpSettings s = settings;
    return "ClientOptions{baseUrl=" + s.baseUrl() + ", token=<redacted>, retryPolicy=" + s.retryPolicy()
        + ", rateLimiter=" + s.rateLimiter() + ", connectTimeout=" + s.connectTimeout()
        + ", readTimeout=" + s.readTimeout() + ", writeTimeout=" + s.writeTimeout()
        + ", callTimeout=" + s.callTimeout() + ", logLevel=" + s.logLevel()
        + ", ownOkHttpClient=" + (s.okHttpClient() != null) + ", interceptors=" + s.interceptors().size()
        + ", networkInterceptors=" + s.networkInterceptors().size() + '}';
  }

  static Duration checkTimeout(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name + " == null");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + timeout);
    }
    return timeout;
  }
}

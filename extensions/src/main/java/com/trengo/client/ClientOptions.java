package com.trengo.client;

import com.trengo.client.http.LogLevel;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The immutable settings of a {@link TrengoClient}, made by {@link TrengoClient.Builder}. Readable
 * for diagnostics; the token is held but never exposed or printed.
 */
public final class ClientOptions {
  /** Trengo's production API. */
  public static final String DEFAULT_BASE_URL = "https://app.trengo.com/api/v2/";

  private final String token;
  private final HttpUrl baseUrl;
  private final RetryPolicy retryPolicy;
  private final RateLimiter rateLimiter;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final LogLevel logLevel;
  private final Consumer<String> logSink;
  private final OkHttpClient okHttpClient;
  private final List<Interceptor> interceptors;
  private final List<Interceptor> networkInterceptors;
  private final Clock clock;
  private final Sleeper sleeper;

  ClientOptions(TrengoClient.Builder b, RateLimiter rateLimiter) {
    this.token = b.token;
    this.baseUrl = b.baseUrl;
    this.retryPolicy = b.retryPolicy;
    this.rateLimiter = rateLimiter;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.logLevel = b.logLevel;
    this.logSink = b.logSink;
    this.okHttpClient = b.okHttpClient;
    this.interceptors = List.copyOf(b.interceptors);
    this.networkInterceptors = List.copyOf(b.networkInterceptors);
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  String token() {
    return token;
  }

  /** The API root every path is resolved against, ending in {@code /}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  HttpUrl baseHttpUrl() {
    return baseUrl;
  }

  /** The default retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The rate limiter that paces every request of this token. */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** The connect timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The read timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The write timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The whole-call timeout, or {@code null} to keep the supplied {@link OkHttpClient}'s. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** How much of each exchange is logged. */
  public LogLevel logLevel() {
    return logLevel;
  }

  Consumer<String> logSink() {
    return logSink;
  }

  OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  List<Interceptor> interceptors() {
    return interceptors;
  }

  List<Interceptor> networkInterceptors() {
    return networkInterceptors;
  }

  /** The clock for retry and rate-limit waits. */
  public Clock clock() {
    return clock;
  }

  /** The sleeper for retry and rate-limit waits. */
  public Sleeper sleeper() {
    return sleeper;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", token=<redacted>, retryPolicy=" + retryPolicy
        + ", rateLimiter=" + rateLimiter + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", logLevel=" + logLevel
        + ", ownOkHttpClient=" + (okHttpClient != null) + ", interceptors=" + interceptors.size()
        + ", networkInterceptors=" + networkInterceptors.size() + '}';
  }

  static Duration checkTimeout(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name + " == null");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + timeout);
    }
    return timeout;
  }
}

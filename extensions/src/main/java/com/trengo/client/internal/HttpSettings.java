package com.trengo.client.internal;

import com.trengo.client.http.LogLevel;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.http.Scheduler;
import com.trengo.client.http.Sleeper;
import com.trengo.client.http.Ticker;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * What {@link HttpStack} is built from. {@code okHttpClient}, {@code proxy}, {@code logSink} and the
 * timeouts may be null: null timeouts keep the supplied client's, or our defaults for a client we
 * create ({@code callTimeout} falls back to {@link HttpStack#DEFAULT_CALL_TIMEOUT} unless the supplied
 * client sets one); a null proxy keeps the client's proxy selection; a null sink logs through SLF4J.
 * {@code ticker} measures call deadlines; {@code maxResponseBytes} caps a successful answer's body;
 * {@code scheduler} runs an async call's waits (backoffs, its deadline).
 */
public record HttpSettings(
    String token,
    HttpUrl baseUrl,
    OkHttpClient okHttpClient,
    Proxy proxy,
    RetryPolicy retryPolicy,
    RateLimiter rateLimiter,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    LogLevel logLevel,
    Consumer<String> logSink,
    List<Interceptor> interceptors,
    List<Interceptor> networkInterceptors,
    Clock clock,
    Sleeper sleeper,
    String userAgent,
    Ticker ticker,
    long maxResponseBytes,
    Scheduler scheduler) {

  @Override
  public String toString() {
    return "HttpSettings{baseUrl=" + baseUrl + ", token=<redacted>}";
  }
}

package com.trengo.client.internal;

import com.google.gson.Gson;
import com.trengo.client.RequestOptions;
import com.trengo.client.http.LogLevel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * The OkHttp client and Retrofit instance behind a {@code TrengoClient}. Interceptor order, outermost
 * first: the caller's interceptors (one logical call), per-request timeouts, retries, the rate limiter
 * (one permit per attempt), auth, User-Agent, logging (sees the final headers, Authorization
 * and secret body values redacted); then the caller's network interceptors and the marker that records an attempt as sent.
 * The retries interceptor is the only retry layer (OkHttp's connection retry and redirect following
 * are off) and receives each successful body; requests that may create data go through a second
 * OkHttp client over the same dispatcher whose pool never keeps a connection (see {@link
 * OptionsCallFactory}).
 */
public final class HttpStack implements AutoCloseable {
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The default bound on a whole call, waits and retries included: long enough to sit out a full
   * window of Trengo's rate limit (60 s) and a retry, short enough that a stalled answer ends.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  /** The default cap on a successful answer's body: a page of 25 contacts is a few dozen KiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private final OkHttpClient okHttp;
  private final Retrofit retrofit;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();
  private final boolean ownsClient;
  private final HttpSettings settings;
  private final Duration callTimeout;
  private final OkHttpClient fresh;
  private final AtomicBoolean closed = new AtomicBoolean();

  private HttpStack(HttpSettings settings) {
    this.settings = settings;
    this.ownsClient = settings.okHttpClient() == null;
    OkHttpClient.Builder b =
        ownsClient
            ? new OkHttpClient.Builder()
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .readTimeout(DEFAULT_READ_TIMEOUT)
                .writeTimeout(DEFAULT_WRITE_TIMEOUT)
                .dispatcher(new Dispatcher(daemonThreads()))
            : settings.okHttpClient().newBuilder();
    if (settings.connectTimeout() != null) {
      b.connectTimeout(settings.connectTimeout());
    }
    if (settings.readTimeout() != null) {
      b.readTimeout(settings.readTimeout());
    }
    if (settings.writeTimeout() != null) {
      b.writeTimeout(settings.writeTimeout());
    }
    this.callTimeout = callTimeout(settings);
    b.callTimeout(callTimeout);
    if (settings.proxy() != null) {
      b.proxy(settings.proxy());
    }
    // OkHttp's own silent retry could resend a POST on a connection that failed mid-request; every
    // resend decision is RetryInterceptor's, which knows whether a request is safe to repeat.
    b.retryOnConnectionFailure(false);
    // OkHttp follows a 302 to a POST with a GET, and any redirect to any host with the request's
    // headers; RetryInterceptor follows only what Redirects allows.
    b.followRedirects(false).followSslRedirects(false);
    settings.interceptors().forEach(b::addInterceptor);
    b.addInterceptor(new TimeoutInterceptor());
    b.addInterceptor(
        new RetryInterceptor(
            settings.retryPolicy(),
            settings.clock(),
            settings.sleeper(),
            () -> ThreadLocalRandom.current().nextDouble(),
            new ResponseBodies(settings.maxResponseBytes())));
    b.addInterceptor(new RateLimitInterceptor(settings.rateLimiter()));
    b.addInterceptor(new AuthInterceptor(settings.token()));
    b.addInterceptor(new UserAgentInterceptor(settings.userAgent()));
    if (settings.logLevel() != LogLevel.NONE) {
      Consumer<String> sink = settings.logSink() != null ? settings.logSink() : LoggingInterceptor.slf4j();
      // Every line goes through SecretRedaction: a BODY log of a webhook carries its signing secret.
      b.addInterceptor(new LoggingInterceptor(settings.logLevel(), line -> sink.accept(SecretRedaction.redact(line))));
    }
    settings.networkInterceptors().forEach(b::addNetworkInterceptor);
    b.addNetworkInterceptor(new Attempt.Marker());
    this.okHttp = b.build();
    // Requests that may create data: a new connection each, never a pooled one (see OptionsCallFactory).
    this.fresh = okHttp.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    Gson gson = LenientGson.create();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(settings.baseUrl())
            .callFactory(new OptionsCallFactory(okHttp, fresh, settings.ticker(), callTimeout))
            // Scalars first: a multipart text part (sendMediaMessage's "body") must go out as plain
            // text; through Gson it would be sent JSON-quoted.
            .addConverterFactory(new QueryConverters())
            .addConverterFactory(ScalarsConverterFactory.create())
            .addConverterFactory(new JsonBodyConverterFactory(gson, GsonConverterFactory.create(gson)))
            .build();
  }

  /** The bound on a whole call: as set, else the supplied client's, else the default; zero is none. */
  public static Duration callTimeout(HttpSettings settings) {
    if (settings.callTimeout() != null) {
      return settings.callTimeout();
    }
    OkHttpClient supplied = settings.okHttpClient();
    return supplied != null && supplied.callTimeoutMillis() > 0
        ? Duration.ofMillis(supplied.callTimeoutMillis())
        : DEFAULT_CALL_TIMEOUT;
  }

  /**
   * OkHttp's dispatcher threads, as daemons: an async call's idle thread (kept 60 s) must not hold a
   * JVM open that forgot to close the client.
   */
  private static ThreadPoolExecutor daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "trengo-dispatcher-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Builds the stack. */
  public static HttpStack create(HttpSettings settings) {
    return new HttpStack(settings);
  }

  /**
   * A generated Retrofit interface bound to this stack, made once per interface: a Retrofit proxy is
   * stateless (per-request options travel with the call, not the proxy), and making one on every
   * {@code client.contacts()} was a measurable share of a call's overhead.
   */
  public <T> T api(Class<T> service) {
    return service.cast(apis.computeIfAbsent(service, retrofit::create));
  }

  /** An executor whose calls carry {@code options}. */
  public CallExecutor executor(RequestOptions options) {
    return new CallExecutor(
        options, settings.clock(), settings.ticker(), callTimeout, closed::get, settings.rateLimiter(), settings.scheduler());
  }

  /**
   * Releases OkHttp's threads and pooled connections when this stack created the client; a client the
   * caller supplied is theirs to close, since its pool and dispatcher are shared with their code.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsClient) {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
      fresh.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "HttpStack{" + settings + '}';
  }
}

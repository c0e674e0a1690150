package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import com.trengo.client.http.Ticker;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Makes the OkHttp call for each Retrofit call: tags the request with its {@link CallContext}, and
 * picks the connections it may use.
 *
 * <p><b>The context.</b> Retrofit builds the OkHttp call synchronously inside {@code execute()},
 * {@code enqueue()} and {@code timeout()}, on the caller's thread, so the context of the current call
 * is handed over in a thread-local that lives only for that moment. This keeps the generated
 * interfaces untouched (they have no {@code @Tag} parameter). A call made without one (through {@code
 * TrengoClient.api(..)}) gets the client's defaults.
 *
 * <p><b>Connections.</b> A request that may create data goes out on a connection opened for it, never
 * on a pooled one. A server closes connections that sat idle (after a few seconds, often), and a
 * request written into such a connection fails in a way no client can tell from a server that read
 * it and died: for a create, an unknown outcome, though nothing arrived. On a connection just opened,
 * a failure before the request is written is a connect failure (the attempt is not marked sent, so it
 * is resent) and one after is a real unknown. The price is one handshake per create; reads and
 * idempotent writes keep the pool, and when a pooled connection turns out stale they are resent.
 */
final class OptionsCallFactory implements Call.Factory {
  private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

  private final OkHttpClient pooled;
  private final OkHttpClient fresh;
  private final Ticker ticker;
  private final Duration callTimeout;

  OptionsCallFactory(OkHttpClient pooled, OkHttpClient fresh, Ticker ticker, Duration callTimeout) {
    this.pooled = pooled;
    this.fresh = fresh;
    this.ticker = ticker;
    this.callTimeout = callTimeout;
  }

  @Override
  public Call newCall(Request request) {
    CallContext context = CURRENT.get();
    if (context == null) {
      context = new CallContext(RequestOptions.none(), ticker, callTimeout);
    }
    OkHttpClient client = Idempotency.isIdempotent(request) ? pooled : fresh;
    return client.newCall(request.newBuilder().tag(CallContext.class, context).build());
  }

  static <T> T with(CallContext context, Supplier<T> action) {
    CallContext previous = CURRENT.get();
    CURRENT.set(context);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}

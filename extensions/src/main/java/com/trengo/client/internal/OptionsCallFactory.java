package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Tags every request with its {@link CallContext}. Retrofit builds the OkHttp call synchronously
 * inside {@code execute()}, {@code enqueue()} and {@code timeout()}, on the caller's thread, so the
 * options of the current call are handed over in a thread-local that lives only for that moment. This
 * keeps the generated interfaces untouched (they have no {@code @Tag} parameter).
 */
final class OptionsCallFactory implements Call.Factory {
  private static final ThreadLocal<RequestOptions> CURRENT = new ThreadLocal<>();

  private final OkHttpClient client;

  OptionsCallFactory(OkHttpClient client) {
    this.client = client;
  }

  @Override
  public Call newCall(Request request) {
    RequestOptions options = CURRENT.get();
    CallContext context = new CallContext(options == null ? RequestOptions.none() : options);
    return client.newCall(request.newBuilder().tag(CallContext.class, context).build());
  }

  static <T> T with(RequestOptions options, Supplier<T> action) {
    RequestOptions previous = CURRENT.get();
    CURRENT.set(options);
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

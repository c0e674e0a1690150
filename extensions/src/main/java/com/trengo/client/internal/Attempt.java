package com.trengo.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Whether one attempt got as far as the network. OkHttp calls network interceptors only once a
 * connection is established, just before the request is written; so an attempt that failed without
 * being {@link #sent()} cannot have reached the server, and is safe to resend whatever its method.
 */
final class Attempt {
  private volatile boolean sent;

  boolean sent() {
    return sent;
  }

  /** The network interceptor that marks the current attempt as sent. */
  static final class Marker implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Attempt attempt = chain.request().tag(Attempt.class);
      if (attempt != null) {
        attempt.sent = true;
      }
      return chain.proceed(chain.request());
    }
  }
}

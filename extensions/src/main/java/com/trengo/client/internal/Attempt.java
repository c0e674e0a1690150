package com.trengo.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Whether one attempt got as far as the network. OkHttp calls network interceptors only once a
 * connection is established, just before the request is written; so an attempt that failed without
 * being {@link #sent()} cannot have reached the server, and is safe to resend whatever its method.
 * The marker is also the last gate of a cancelled call: an attempt of a call cancelled before this
 * point is never written.
 */
final class Attempt {
  private final CallContext context;
  private volatile boolean sent;

  Attempt(CallContext context) {
    this.context = context;
  }

  boolean sent() {
    return sent;
  }

  /** The network interceptor that marks the current attempt as sent, or refuses a cancelled call. */
  static final class Marker implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Attempt attempt = chain.request().tag(Attempt.class);
      if (attempt != null) {
        if (chain.call().isCanceled() || !attempt.context.beginSend()) {
          throw new NotSentException("the call was cancelled before it was sent", null);
        }
        attempt.sent = true;
      }
      return chain.proceed(chain.request());
    }
  }
}

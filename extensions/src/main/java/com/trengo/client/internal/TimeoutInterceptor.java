package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Applies the per-request connect, read and write timeouts of {@link RequestOptions}. */
final class TimeoutInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    CallContext context = chain.request().tag(CallContext.class);
    if (context != null) {
      RequestOptions o = context.options();
      Chain c = chain;
      if (o.connectTimeout().isPresent()) {
        c = c.withConnectTimeout(millis(o.connectTimeout().get()), TimeUnit.MILLISECONDS);
      }
      if (o.readTimeout().isPresent()) {
        c = c.withReadTimeout(millis(o.readTimeout().get()), TimeUnit.MILLISECONDS);
      }
      if (o.writeTimeout().isPresent()) {
        c = c.withWriteTimeout(millis(o.writeTimeout().get()), TimeUnit.MILLISECONDS);
      }
      return c.proceed(c.request());
    }
    return chain.proceed(chain.request());
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }
}

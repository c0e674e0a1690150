package com.trengo.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Names the library, its version and the Java version; keeps a User-Agent the caller set, before ours. */
final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String existing = request.header("User-Agent");
    String value = existing == null || existing.startsWith("okhttp/") ? userAgent : existing + " " + userAgent;
    return chain.proceed(request.newBuilder().header("User-Agent", value).build());
  }
}

package com.trengo.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <token>}. The token is held here and nowhere else is printed. */
final class AuthInterceptor implements Interceptor {
  private final String authorization;

  AuthInterceptor(String token) {
    this.authorization = "Bearer " + token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", authorization).build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{token=<redacted>}";
  }
}

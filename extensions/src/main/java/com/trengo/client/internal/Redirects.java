package com.trengo.client.internal;

import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Which redirects the client follows: only a GET (or HEAD) to the same host, on the same scheme or
 * upgrading http to https, at most {@value #MAX_HOPS} in a row. OkHttp's own following is off: it
 * would turn a POST answered with 301/302/303 into a GET of the new location, so a create "succeeded"
 * with whatever that GET returned, and it would carry the token to whatever host a redirect names.
 * Any other redirect reaches the caller as a typed error naming the location.
 */
final class Redirects {
  static final int MAX_HOPS = 5;

  private Redirects() {}

  /** The request to send next for a followable redirect, else empty (the 3xx goes to the caller). */
  static Optional<Request> follow(Request request, Response response, int hopsSoFar) {
    HttpUrl to = target(request, response);
    if (to == null || hopsSoFar >= MAX_HOPS) {
      return Optional.empty();
    }
    boolean bodiless = request.method().equals("GET") || request.method().equals("HEAD");
    HttpUrl from = request.url();
    boolean sameHost = from.host().equalsIgnoreCase(to.host());
    boolean sameOrigin = from.scheme().equals(to.scheme()) && from.port() == to.port();
    boolean upgrade = from.scheme().equals("http") && to.scheme().equals("https");
    if (!bodiless || !sameHost || !(sameOrigin || upgrade)) {
      return Optional.empty();
    }
    return Optional.of(request.newBuilder().url(to).build());
  }

  /** Where a 3xx points, resolved against the request; null when it is no redirect or names none. */
  static HttpUrl target(Request request, Response response) {
    int code = response.code();
    boolean redirect = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    String location = response.header("Location");
    return redirect && location != null ? request.url().resolve(location) : null;
  }

  /** {@code url} with any user name and password taken out, for messages. */
  static String redacted(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return url.replaceAll("//[^/@]*@", "//");
    }
    return parsed.newBuilder().username("").password("").build().toString();
  }
}

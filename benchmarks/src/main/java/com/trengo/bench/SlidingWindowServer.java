package com.trengo.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * A server that enforces a sliding window strictly, as a demanding API would: a request is accepted
 * when fewer than {@code limit} requests were accepted in the {@code window} before its arrival;
 * otherwise it is answered 429 with the seconds to wait.
 */
final class SlidingWindowServer implements AutoCloseable {
  private final int limit;
  private final long windowNanos;
  private final Deque<Long> accepted = new ArrayDeque<>();
  private final List<Long> acceptedLog = new ArrayList<>();
  private int rejected;
  /** Until when (nanos) the latest Retry-After the server gave still applies to the token. */
  private long retryAfterUntil = Long.MIN_VALUE;
  private int retryAfterViolations;
  private final LocalServer server;

  SlidingWindowServer(int limit, long windowNanos) {
    this.limit = limit;
    this.windowNanos = windowNanos;
    this.server = new LocalServer(this::handle);
  }

  private ResponseDefinition handle() {
    long now = System.nanoTime();
    int remaining;
    long retryAfterSeconds = 0;
    boolean ok;
    synchronized (this) {
      if (now < retryAfterUntil) {
        retryAfterViolations++; // the one token was told to wait, and this request did not
      }
      while (!accepted.isEmpty() && accepted.peekFirst() <= now - windowNanos) {
        accepted.removeFirst();
      }
      ok = accepted.size() < limit;
      if (ok) {
        accepted.addLast(now);
        acceptedLog.add(now);
      } else {
        rejected++;
        retryAfterSeconds = Math.max(1, (accepted.peekFirst() + windowNanos - now + 999_999_999L) / 1_000_000_000L);
        retryAfterUntil = Math.max(retryAfterUntil, now + retryAfterSeconds * 1_000_000_000L);
      }
      remaining = limit - accepted.size();
    }
    String limitHeader = Integer.toString(limit);
    String remainingHeader = Integer.toString(Math.max(0, remaining));
    return ok
        ? LocalServer.json(200, "{\"id\":5,\"name\":\"Ada\"}",
            "X-RateLimit-Limit", limitHeader, "X-RateLimit-Remaining", remainingHeader)
        : LocalServer.json(429, "{\"message\":\"Too Many Attempts.\"}",
            "X-RateLimit-Limit", limitHeader, "X-RateLimit-Remaining", remainingHeader,
            "Retry-After", Long.toString(retryAfterSeconds));
  }

  String baseUrl() {
    return server.baseUrl();
  }

  /** Requests that arrived while a Retry-After the server had given the token still applied. */
  synchronized int retryAfterViolations() {
    return retryAfterViolations;
  }

  synchronized int rejected() {
    return rejected;
  }

  /** Accepted arrivals in [from, from + span). */
  synchronized int acceptedBetween(long fromNanos, long spanNanos) {
    int n = 0;
    for (long t : acceptedLog) {
      if (t >= fromNanos && t < fromNanos + spanNanos) {
        n++;
      }
    }
    return n;
  }

  synchronized long firstAccepted() {
    return acceptedLog.isEmpty() ? 0 : acceptedLog.get(0);
  }

  @Override
  public void close() {
    server.close();
  }
}

package com.trengo.client.redis;

import com.trengo.client.http.RateLimiter;
import java.util.function.Supplier;
import okhttp3.Response;

/**
 * One granted request of a {@link RedisRateLimiter}, from the shared budget or from the local
 * fallback. Completing it frees its slot one window later wherever it is counted: in Redis, in the
 * local fallback, or both after a switch.
 */
final class FleetPermit implements RateLimiter.Permit {
  private final RedisRateLimiter limiter;
  private final String id;
  private RateLimiter.Permit local; // guarded by this: the fallback's permit, or its shadow
  private boolean inRedis; // guarded by this
  private boolean closed; // guarded by this

  FleetPermit(RedisRateLimiter limiter, String id, RateLimiter.Permit local, boolean inRedis) {
    this.limiter = limiter;
    this.id = id;
    this.local = local;
    this.inRedis = inRedis;
  }

  String id() {
    return id;
  }

  /** Redis went away while this request was in flight: hold a local slot for it too, if one is free. */
  void shadowWith(Supplier<RateLimiter.Permit> localPermit) {
    synchronized (this) {
      if (closed || local != null) {
        return;
      }
      local = localPermit.get();
    }
  }

  /** Whether the local fallback holds a slot for this request (its own permit, or a shadow). */
  synchronized boolean countedLocally() {
    return local != null;
  }

  /** Redis came back and counts this request now; false if it completed already (and so counts as done). */
  synchronized boolean countInRedis() {
    if (closed) {
      return false;
    }
    inRedis = true;
    return true;
  }

  @Override
  public void complete(Response response) {
    limiter.learn(response, this);
  }

  @Override
  public void close() {
    finish("done", 0);
  }

  /** The request was never sent (the caller gave up as it was granted): free the slot now. */
  void abandon() {
    finish("abandon", 0);
  }

  /** Ends the slot, with the server pause its response asked for (0: none); true if this call closed it. */
  boolean finish(String how, long pauseMillis) {
    RateLimiter.Permit localPermit;
    boolean redis;
    synchronized (this) {
      if (closed) {
        return false;
      }
      closed = true;
      localPermit = local;
      redis = inRedis;
    }
    if (localPermit != null) {
      localPermit.close();
    }
    limiter.finished(this, redis, how, pauseMillis);
    return true;
  }

  @Override
  public String toString() {
    return "RedisRateLimiter.Permit{" + id + '}';
  }
}

package com.trengo.client.redis;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.http.LocalRateLimiter;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What this process sent lately, whichever limiter granted it: the permits in flight, and when each
 * completed one frees its slot (ticker millis). It carries the budget across a switch, so the switch
 * never lets a burst through: going down, the local fallback is charged with this process's slots
 * still counted in Redis; coming back up, Redis is told about the slots this process used locally.
 */
final class Ledger {
  private final LocalRateLimiter local;
  private final Ticker ticker;
  private final long windowMillis;
  private final Set<FleetPermit> inFlight = ConcurrentHashMap.newKeySet();
  private final ArrayDeque<Completed> completed = new ArrayDeque<>(); // guarded by this

  /** Set before the shared budget is told about this process's slots, cleared when it goes down. */
  private volatile boolean countedInRedis;

  private record Completed(String id, long freeAt) {}

  Ledger(LocalRateLimiter local, Ticker ticker, Duration window) {
    this.local = local;
    this.ticker = ticker;
    this.windowMillis = window.toMillis();
  }

  LocalRateLimiter local() {
    return local;
  }

  /** A permit was granted; returns whether Redis counts it (so its completion must reach Redis). */
  synchronized boolean granted(FleetPermit permit) {
    inFlight.add(permit);
    if (!countedInRedis) {
      // Granted by Redis as it went away (the reply raced the switch): the fallback counts it too.
      permit.shadowWith(this::tryLocal);
    }
    return countedInRedis;
  }

  /** A permit completed: its slot frees one window and a tick from now. */
  synchronized void completed(FleetPermit permit) {
    inFlight.remove(permit);
    long now = nowMillis();
    completed.addLast(new Completed(permit.id(), now + windowMillis + 1));
    prune(now);
    if (!countedInRedis && !permit.countedLocally()) {
      // It closed as the switch began, too late for the switch to see it in flight or done: charge
      // its slot now, freeing a window from now like every other.
      RateLimiter.Permit p = tryLocal();
      if (p != null) {
        p.close();
      }
    }
  }

  /**
   * Redis went away: charge the local fallback with this process's slots Redis was counting, so the
   * fallback does not grant a full limit on top of them. A completed slot is charged as completing
   * now (it frees a little later than it would have: the safe side). Grants, completions and this
   * switch hold the ledger's lock, so no permit slips between the switch's two counts.
   */
  synchronized void chargeLocal() {
    countedInRedis = false;
    prune(nowMillis());
    for (int i = 0; i < completed.size(); i++) {
      RateLimiter.Permit p = tryLocal();
      if (p != null) {
        p.close();
      }
    }
    for (FleetPermit permit : inFlight) {
      permit.shadowWith(this::tryLocal);
    }
  }

  /**
   * Redis is back: the ADOPT script's arguments (id, millis until free or -1 for in flight) for
   * every slot of this process that still counts. From now on new permits report to Redis.
   */
  List<String> adoptArguments() {
    countedInRedis = true;
    List<String> args = new ArrayList<>();
    for (FleetPermit permit : inFlight) {
      args.add(permit.id());
      // Completed just now: count it as done (freeing a window from now, the safe side).
      args.add(permit.countInRedis() ? "-1" : Long.toString(windowMillis + 1));
    }
    synchronized (this) {
      long now = nowMillis();
      prune(now);
      for (Completed c : completed) {
        args.add(c.id());
        args.add(Long.toString(c.freeAt() - now));
      }
    }
    return args;
  }

  /** Clears the flag again when telling Redis failed. */
  void adoptFailed() {
    countedInRedis = false;
  }

  /** A local permit now, or null: never waits. */
  RateLimiter.Permit tryLocal() {
    try {
      return local.ticket().await(Duration.ZERO);
    } catch (RateLimitWaitTimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void prune(long now) {
    for (Iterator<Completed> it = completed.iterator(); it.hasNext(); ) {
      if (it.next().freeAt() <= now) {
        it.remove();
      }
    }
  }

  private long nowMillis() {
    return TimeUnit.NANOSECONDS.toMillis(ticker.nanoTime());
  }
}

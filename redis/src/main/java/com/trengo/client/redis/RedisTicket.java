package com.trengo.client.redis;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A caller's place in a {@link RedisRateLimiter}'s queue, which every process using the token shares:
 * {@linkplain #await await} it (blocking) or {@linkplain #awaitAsync awaitAsync} it (never parks a
 * thread) once, and {@linkplain #cancel cancel} it from any thread when the caller gives up.
 *
 * <p>Waiting is polling with a purpose: each poll is one Lua script in Redis that either grants the
 * slot or says when, at the earliest, this ticket could start (the slot it needs frees, or the pause
 * ends); the next poll is scheduled for then (at most a second later, as a heartbeat that keeps the
 * ticket in the queue). While Redis is unreachable the ticket waits in the local fallback's queue.
 */
public final class RedisTicket implements RateLimiter.Ticket {
  /** The longest gap between two polls; the heartbeat that keeps a waiter queued lasts 3 of them. */
  static final long MAX_POLL_MILLIS = 1_000;

  private final RedisRateLimiter limiter;
  private final String id;
  private final Scheduler scheduler;
  private final CompletableFuture<RateLimiter.Permit> result = new CompletableFuture<>();
  private final AtomicBoolean awaited = new AtomicBoolean();
  private volatile boolean cancelled;
  private volatile Scheduler.Scheduled next;
  private volatile RateLimiter.Ticket localTicket;
  private long maxWaitMillis;
  private long startNanos;
  private volatile long deadline = -1; // Redis millis, from the first poll
  private volatile long startRedis = -1;

  RedisTicket(RedisRateLimiter limiter, String id, Scheduler scheduler) {
    this.limiter = limiter;
    this.id = id;
    this.scheduler = scheduler;
  }

  /**
   * Waits until a request may be sent and takes a slot for it, waiting at most {@code maxWait} (never
   * longer than the configured maximum wait). Close the permit exactly once, when the response or the
   * failure arrives.
   *
   * @throws RateLimitWaitTimeoutException if the wait would exceed the maximum wait; no slot is taken
   * @throws CancellationException if the ticket is cancelled, before or while waiting; no slot is taken
   * @throws InterruptedException if the thread is interrupted while waiting; no slot is taken
   * @throws IllegalStateException if this ticket was awaited before
   */
  @Override
  public RateLimiter.Permit await(Duration maxWait) throws InterruptedException {
    CompletableFuture<RateLimiter.Permit> permit = awaitAsync(maxWait);
    try {
      return permit.get();
    } catch (InterruptedException e) {
      cancel();
      permit.thenAccept(p -> ((FleetPermit) p).abandon()); // granted in the meantime: never sent
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Like {@link #await}, without a thread waiting: the future completes with the permit, or fails with
   * {@link RateLimitWaitTimeoutException} (at once when it is certain the wait would exceed {@code
   * maxWait}) or {@link CancellationException}. Cancelling the future cancels the ticket. Stages
   * depending on it run on a Redis I/O thread or the scheduler's: keep them short, or hand blocking
   * work to an executor.
   *
   * @throws IllegalStateException if this ticket was awaited before
   */
  @Override
  public CompletableFuture<RateLimiter.Permit> awaitAsync(Duration maxWait) {
    Objects.requireNonNull(maxWait, "maxWait == null");
    if (!awaited.compareAndSet(false, true)) {
      throw new IllegalStateException("a ticket is awaited once");
    }
    maxWaitMillis = Math.max(0, Math.min(RedisRateLimiter.toMillis(maxWait), limiter.maxWaitMillis()));
    startNanos = limiter.ticker().nanoTime();
    limiter.waitingChanged(1);
    result.whenComplete(
        (permit, error) -> {
          limiter.waitingChanged(-1);
          if (error instanceof CancellationException) {
            cancel();
          }
        });
    if (cancelled) {
      result.completeExceptionally(
          new CancellationException("the call was cancelled before it reached the rate limiter"));
    } else {
      poll();
    }
    return result;
  }

  /**
   * Leaves the queue now, in Redis too: the callers behind move up, and a waiting {@link #await}
   * throws {@link CancellationException} without taking a slot. Idempotent; no effect once a permit
   * was granted.
   */
  @Override
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    Scheduler.Scheduled pending = next;
    if (pending != null) {
      pending.cancel();
    }
    RateLimiter.Ticket local = localTicket;
    if (local != null) {
      local.cancel();
    }
    result.completeExceptionally(
        new CancellationException("left the rate limiter's queue: the call was cancelled"));
    limiter.leaveQueue(id);
  }

  private void poll() {
    if (result.isDone()) {
      return;
    }
    if (!limiter.sharedBudgetInUse()) {
      pollLocally();
      return;
    }
    long elapsed = TimeUnit.NANOSECONDS.toMillis(limiter.ticker().nanoTime() - startNanos);
    limiter
        .acquireOnRedis(id, deadline, Math.max(0, maxWaitMillis - elapsed))
        .whenComplete(
            (reply, error) -> {
              if (error != null) {
                limiter.redisFailed(error);
                pollLocally();
              } else {
                onReply(reply);
              }
            });
  }

  private void onReply(List<Long> reply) {
    long status = reply.get(0);
    long waitMillis = reply.get(1);
    long now = reply.get(2);
    deadline = reply.get(3);
    if (startRedis < 0) {
      startRedis = now;
    }
    if (status == 1) {
      FleetPermit permit = limiter.grantedOnRedis(id);
      if (!result.complete(permit)) {
        permit.abandon(); // cancelled while the script ran: never sent
      }
    } else if (cancelled) {
      limiter.leaveQueue(id); // cancelled while the script ran, which queued this ticket again
    } else if (status < 0) {
      result.completeExceptionally(timeout(now - startRedis + waitMillis));
    } else {
      pollIn(waitMillis);
    }
  }

  /**
   * Redis is unreachable: wait in the local fallback's queue (first come, first served, no thread
   * parked) for what is left of the maximum wait. A permit granted there after Redis came back is
   * reported to Redis when it is granted.
   */
  private void pollLocally() {
    if (result.isDone()) {
      return;
    }
    long elapsed = TimeUnit.NANOSECONDS.toMillis(limiter.ticker().nanoTime() - startNanos);
    RateLimiter.Ticket ticket = limiter.ledger().local().ticket();
    localTicket = ticket;
    if (cancelled) {
      ticket.cancel();
    }
    ticket
        .awaitAsync(Duration.ofMillis(Math.max(0, maxWaitMillis - elapsed)))
        .whenComplete(
            (local, error) -> {
              if (error == null) {
                FleetPermit permit = limiter.grantedLocally(id, local);
                if (!result.complete(permit)) {
                  permit.abandon();
                }
              } else if (unwrap(error) instanceof RateLimitWaitTimeoutException timeout) {
                result.completeExceptionally(
                    timeout(elapsed + RedisRateLimiter.toMillis(timeout.requiredWait())));
              } else {
                result.completeExceptionally(unwrap(error));
              }
            });
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private void pollIn(long millis) {
    next = scheduler.schedule(this::poll, Duration.ofMillis(Math.max(1, Math.min(millis, MAX_POLL_MILLIS))));
    if (cancelled) {
      next.cancel();
    }
  }

  private RateLimitWaitTimeoutException timeout(long requiredMillis) {
    return new RateLimitWaitTimeoutException(
        Duration.ofMillis(Math.max(requiredMillis, maxWaitMillis)), Duration.ofMillis(maxWaitMillis));
  }

  @Override
  public String toString() {
    return "RedisRateLimiter.Ticket{" + id + '}';
  }
}

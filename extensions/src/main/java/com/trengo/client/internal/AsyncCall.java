package com.trengo.client.internal;

import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Scheduler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One async call, run so that no thread waits: for each attempt it takes a rate-limit permit with
 * {@link RateLimiter.Ticket#awaitAsync}, then enqueues the attempt on OkHttp's dispatcher carrying
 * that permit; when {@link RetryInterceptor} decides to try again it ends the attempt ({@link
 * RetryLater}) and the next one is scheduled on the {@link Scheduler} after the wait. The retry rules
 * are the interceptor's, unchanged; only the waiting moved here. Threads: a wait costs a timer entry;
 * an attempt runs on a dispatcher thread only while it is on the wire.
 *
 * <p>The deadline bounds every step, as it does for a call waiting in place: the limiter's wait ends
 * by it ({@code awaitAsync(remaining)}), a backoff that would pass it is not started (the retry
 * rules), and each attempt's OkHttp call timeout is what is left of it. When the future is cancelled
 * or completed by the caller ({@code orTimeout}), the ticket leaves the queue, a scheduled attempt is
 * dropped, the attempt in flight is cancelled, and nothing more is sent ({@link CallContext#cancel()}).
 */
final class AsyncCall<T> {
  private final CallContext context;
  private final RateLimiter limiter;
  private final Scheduler scheduler;
  private final Function<Response<T>, T> handle;
  private final Function<Throwable, RuntimeException> failure;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final AtomicBoolean settling = new AtomicBoolean();
  private volatile RateLimiter.Ticket ticket;
  private volatile Scheduler.Scheduled nextAttempt;
  private volatile Call<T> current;

  /**
   * @param handle turns an answer into the body or throws the typed failure
   * @param failure the typed failure of an attempt that failed (an {@link IOException} or another error)
   */
  AsyncCall(CallContext context, RateLimiter limiter, Scheduler scheduler,
      Function<Response<T>, T> handle, Function<Throwable, RuntimeException> failure) {
    this.context = context;
    this.limiter = limiter;
    this.scheduler = scheduler;
    this.handle = handle;
    this.failure = failure;
  }

  /** Starts the call with {@code first}, whose request is built; the future is the caller's. */
  CompletableFuture<T> start(Call<T> first) {
    context.onCancel(this::stop);
    future.whenComplete((value, error) -> {
      if (!settling.get()) {
        context.cancel(); // the caller cancelled or completed it (orTimeout): nothing more is sent
      }
    });
    attempt(first);
    return future;
  }

  /** Takes a permit without blocking, then sends {@code call}. */
  private void attempt(Call<T> call) {
    if (context.isCancelled()) {
      return;
    }
    RateLimiter.Ticket t = limiter.ticket();
    ticket = t;
    if (context.isCancelled()) {
      t.cancel();
      return;
    }
    t.awaitAsync(context.remaining()).whenComplete((permit, error) -> {
      if (error != null) {
        if (!(error instanceof CancellationException)) {
          settleExceptionally(error instanceof RuntimeException r ? r : new IllegalStateException(error));
        }
        return; // cancelled: the call's future is done already
      }
      if (!context.grant(permit)) {
        permit.close();
        return;
      }
      send(call);
    });
  }

  private void send(Call<T> call) {
    current = call;
    try {
      OptionsCallFactory.with(context, () -> {
        // What is left of the call's time bounds this attempt; zero (no call timeout) is none.
        long left = context.timeout().isZero() ? 0 : Math.max(1, context.remaining().toNanos());
        call.timeout().timeout(left, TimeUnit.NANOSECONDS);
        call.enqueue(new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            context.releaseGranted();
            try {
              settle(handle.apply(response));
            } catch (RuntimeException e) {
              settleExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<T> c, Throwable t) {
            context.releaseGranted();
            if (t instanceof RetryLater later) {
              retryAfter(call, later.delay());
            } else {
              settleExceptionally(failure.apply(t));
            }
          }
        });
        return null;
      });
    } catch (RuntimeException e) {
      context.releaseGranted();
      settleExceptionally(e); // the dispatcher refused it (the client was closed)
    }
    if (context.isCancelled()) {
      call.cancel();
    }
  }

  /** Schedules the next attempt; the wait was checked against the deadline by the retry rules. */
  private void retryAfter(Call<T> previous, Duration wait) {
    if (context.isCancelled()) {
      return;
    }
    nextAttempt = scheduler.schedule(() -> attempt(previous.clone()), wait);
    if (context.isCancelled()) {
      nextAttempt.cancel();
    }
  }

  /** What cancelling the call stops: the wait in the queue, the scheduled attempt, the one in flight. */
  private void stop() {
    RateLimiter.Ticket t = ticket;
    if (t != null) {
      t.cancel();
    }
    Scheduler.Scheduled next = nextAttempt;
    if (next != null) {
      next.cancel();
    }
    Call<T> call = current;
    if (call != null) {
      call.cancel();
    }
    context.releaseGranted();
  }

  private void settle(T value) {
    settling.set(true);
    future.complete(value);
  }

  private void settleExceptionally(RuntimeException e) {
    settling.set(true);
    future.completeExceptionally(e);
  }
}

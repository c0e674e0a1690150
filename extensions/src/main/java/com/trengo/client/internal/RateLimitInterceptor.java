package com.trengo.client.internal;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.http.RateLimiter;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Takes a permit from the token's {@link RateLimiter} for every attempt, holds it until the response
 * headers arrive (the limiter frees the slot a window after completion), and tells the limiter what
 * the server said about the budget. The wait for a permit ends with the call: at its deadline, or at
 * once when the call is cancelled (its place in the queue goes to the next caller). An async call's
 * attempt arrives with its permit already taken ({@link CallContext#takeGranted()}, by {@link
 * AsyncCall} without blocking) and does not wait here.
 */
final class RateLimitInterceptor implements Interceptor {
  private final RateLimiter limiter;

  RateLimitInterceptor(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    CallContext context = CallContext.of(chain.request());
    context.checkNotCancelled();
    RateLimiter.Permit permit = context.takeGranted();
    if (permit == null) {
      permit = await(context);
    }
    try {
      Response response = chain.proceed(chain.request());
      permit.complete(response);
      return response;
    } finally {
      permit.close(); // idempotent; frees the slot when proceed threw
    }
  }

  /** Waits in place for a permit, leaving the queue when the call is cancelled. */
  private RateLimiter.Permit await(CallContext context) throws IOException {
    RateLimiter.Ticket ticket = limiter.ticket();
    CallContext.Registration leaveOnCancel = context.onCancel(ticket::cancel);
    try {
      return ticket.await(context.remaining());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException("interrupted while waiting for the rate limiter", e);
    } catch (RateLimitWaitTimeoutException e) {
      throw new NotSentException(e.getMessage(), e);
    } catch (CancellationException e) {
      throw new NotSentException("cancelled while waiting for the rate limiter", e);
    } finally {
      leaveOnCancel.close();
    }
  }
}

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
 * once when the call is cancelled (its place in the queue goes to the next caller).
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
    RateLimiter.Ticket ticket = limiter.ticket();
    RateLimiter.Permit permit;
    CallContext.Registration leaveOnCancel = context.onCancel(ticket::cancel);
    try {
      permit = ticket.await(context.remaining());
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
    try {
      Response response = chain.proceed(chain.request());
      permit.complete(response);
      return response;
    } finally {
      permit.close(); // idempotent; frees the slot when proceed threw
    }
  }
}

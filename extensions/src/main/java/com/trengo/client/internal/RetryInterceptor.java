package com.trengo.client.internal;

import com.trengo.client.http.RetryPolicy;
import com.trengo.client.http.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The client's one retry layer: resends a request when it is safe and useful, following the table in
 * {@link RetryPolicy}, and follows the redirects {@link Redirects} allows. A loop over attempts, with
 * one small predicate per rule. Each attempt passes through the rate limiter below this interceptor,
 * so a resend never jumps the queue, and its successful body is received here ({@link
 * ResponseBodies}), so a body cut short or unreadable is a failure of the attempt, not of the caller.
 *
 * <p>Every wait (a backoff, a server-requested pause) must end before the call's deadline; one that
 * would not is not started, and the caller gets the failure that would have been retried.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy defaults;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final ResponseBodies bodies;

  RetryInterceptor(RetryPolicy defaults, Clock clock, Sleeper sleeper, DoubleSupplier random, ResponseBodies bodies) {
    this.defaults = defaults;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.bodies = bodies;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = CallContext.of(request);
    RetryPolicy policy = context.options().retryPolicy().orElse(defaults);
    boolean idempotent = Idempotency.isIdempotent(request);
    int retries = 0;
    int redirects = 0;

    while (true) {
      context.checkNotCancelled();
      Attempt attempt = new Attempt(context);
      context.countAttempt();
      Response response;
      try {
        response = bodies.receive(request, chain.proceed(request.newBuilder().tag(Attempt.class, attempt).build()));
      } catch (NotSentException e) {
        throw e;
      } catch (ResponseTooLargeIOException e) {
        // As large again the next time: no retry. A create was answered but not read: unknown.
        throw idempotent ? e : OutcomeUnknownIOException.afterAnswer(request, e.status(), "", e);
      } catch (IOException e) {
        if (attempt.sent() && !idempotent) {
          // It may have been applied; resending could create a duplicate. Let the caller decide.
          throw OutcomeUnknownIOException.of(request, e);
        }
        if (!mayRetry(retries, policy, request, chain)) {
          throw e;
        }
        Duration backoff = policy.backoff(++retries, random.getAsDouble());
        if (!context.fits(backoff)) {
          throw e; // the call's time is up before the next try could start
        }
        sleep(context, backoff);
        continue;
      }

      Optional<Request> next = Redirects.follow(request, response, redirects);
      if (next.isPresent()) {
        response.close();
        request = next.get();
        redirects++;
        continue;
      }
      Optional<Duration> wait = retryWait(response, idempotent, retries, policy, request);
      if (wait.isEmpty() || !context.fits(wait.get()) || chain.call().isCanceled()) {
        return response;
      }
      response.close();
      retries++;
      sleep(context, wait.get());
    }
  }

  /** Whether a failed attempt may be tried again: retries left, a body that can be resent, not cancelled. */
  private static boolean mayRetry(int retries, RetryPolicy policy, Request request, Chain chain) {
    return retries < policy.maxRetries() && Idempotency.isReplayable(request) && !chain.call().isCanceled();
  }

  /** How long to wait before resending after this response, or empty to hand it to the caller. */
  private Optional<Duration> retryWait(
      Response response, boolean idempotent, int retries, RetryPolicy policy, Request request) {
    int code = response.code();
    boolean refusedUnapplied = code == 429;
    boolean retryableFailure = policy.retriesStatus(code);
    if (!(refusedUnapplied || (retryableFailure && idempotent))) {
      return Optional.empty();
    }
    if (retries >= policy.maxRetries() || !Idempotency.isReplayable(request)) {
      return Optional.empty();
    }
    Optional<Duration> asked = RateLimitHeaders.retryAfter(response.headers(), clock);
    if (asked.isPresent()) {
      // Waiting less than the server asked only earns another refusal; waiting far longer than the
      // caller allows is their decision, so the error goes up with the wait in it.
      return asked.get().compareTo(policy.maxServerWait()) <= 0 ? asked : Optional.empty();
    }
    return Optional.of(policy.backoff(retries + 1, random.getAsDouble()));
  }

  private void sleep(CallContext context, Duration duration) throws IOException {
    try {
      context.sleep(sleeper, duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException("interrupted while waiting to retry", e);
    }
  }
}

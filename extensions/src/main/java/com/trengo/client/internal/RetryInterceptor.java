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
 *
 * <p>One decision, two ways to wait: a call made on the caller's thread sleeps here between attempts;
 * an async call ({@link CallContext#scheduledWaits()}) makes one attempt per OkHttp call, and its wait
 * (zero for a redirect) ends the attempt with {@link RetryLater}, which {@link AsyncCall} turns into
 * a scheduled next attempt. The counts and the redirect target live in the {@link CallContext}.
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
    Request original = chain.request();
    CallContext context = CallContext.of(original);
    RetryPolicy policy = context.options().retryPolicy().orElse(defaults);
    boolean idempotent = Idempotency.isIdempotent(original);

    while (true) {
      context.checkNotCancelled();
      Request request = context.current(original);
      Attempt attempt = new Attempt(context);
      context.countAttempt();
      Response response;
      Duration wait;
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
        if (!mayRetry(context.retries(), policy, request, chain)) {
          throw e;
        }
        Duration backoff = policy.backoff(context.retries() + 1, random.getAsDouble());
        if (!context.fits(backoff)) {
          throw e; // the call's time is up before the next try could start
        }
        context.countRetry();
        waitBeforeNext(context, backoff);
        continue;
      }

      Optional<Request> next = Redirects.follow(request, response, context.redirects());
      if (next.isPresent()) {
        response.close();
        context.redirect(next.get());
        waitBeforeNext(context, Duration.ZERO);
        continue;
      }
      wait = retryWait(response, idempotent, context.retries(), policy, request).orElse(null);
      if (wait == null || !context.fits(wait) || chain.call().isCanceled()) {
        return response;
      }
      response.close();
      context.countRetry();
      waitBeforeNext(context, wait);
    }
  }

  /**
   * The wait before the next attempt, decided: slept here for a call that waits in place; for an
   * async call this attempt ends, and {@link AsyncCall} schedules the next one after {@code wait}.
   */
  private void waitBeforeNext(CallContext context, Duration wait) throws IOException {
    if (context.scheduledWaits()) {
      throw new RetryLater(wait);
    }
    if (!wait.isZero()) {
      sleep(context, wait);
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

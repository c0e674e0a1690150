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
 * Resends a request when it is safe and useful, following the table in {@link RetryPolicy}: a loop
 * over attempts, with one small predicate per rule. Each attempt passes through the rate limiter
 * below this interceptor, so a resend never jumps the queue.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy defaults;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  RetryInterceptor(RetryPolicy defaults, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.defaults = defaults;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = request.tag(CallContext.class);
    RetryPolicy policy = context == null ? defaults : context.options().retryPolicy().orElse(defaults);
    boolean idempotent = Idempotency.isIdempotent(request);

    for (int retry = 0; ; retry++) {
      Attempt attempt = new Attempt();
      if (context != null) {
        context.countAttempt();
      }
      Response response;
      try {
        response = chain.proceed(request.newBuilder().tag(Attempt.class, attempt).build());
      } catch (NotSentException e) {
        throw e;
      } catch (IOException e) {
        if (attempt.sent() && !idempotent) {
          // It may have been applied; resending could create a duplicate. Let the caller decide.
          throw new OutcomeUnknownIOException(outcomeUnknown(request, e), e);
        }
        if (retry >= policy.maxRetries() || !Idempotency.isReplayable(request) || chain.call().isCanceled()) {
          throw e;
        }
        sleep(policy.backoff(retry + 1, random.getAsDouble()));
        continue;
      }

      Optional<Duration> wait = retryWait(response, idempotent, retry, policy, request);
      if (wait.isEmpty()) {
        return response;
      }
      response.close();
      sleep(wait.get());
    }
  }

  /** How long to wait before resending after this response, or empty to hand it to the caller. */
  private Optional<Duration> retryWait(
      Response response, boolean idempotent, int retry, RetryPolicy policy, Request request) {
    int code = response.code();
    boolean refusedUnapplied = code == 429;
    boolean gatewayFailure = code == 502 || code == 503 || code == 504;
    if (!(refusedUnapplied || (gatewayFailure && idempotent))) {
      return Optional.empty();
    }
    if (retry >= policy.maxRetries() || !Idempotency.isReplayable(request)) {
      return Optional.empty();
    }
    Optional<Duration> asked = RateLimitHeaders.retryAfter(response.headers(), clock);
    if (asked.isPresent()) {
      // Waiting less than the server asked only earns another refusal; waiting far longer than the
      // caller allows is their decision, so the error goes up with the wait in it.
      return asked.get().compareTo(policy.maxServerWait()) <= 0 ? asked : Optional.empty();
    }
    return Optional.of(policy.backoff(retry + 1, random.getAsDouble()));
  }

  private void sleep(Duration duration) throws IOException {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException("interrupted while waiting to retry", e);
    }
  }

  private static String outcomeUnknown(Request request, IOException e) {
    return request.method() + " " + request.url().encodedPath()
        + " may have been applied: the connection failed after the request was sent (" + e
        + "). It was not resent, to avoid a duplicate; check whether it took effect before sending it again.";
  }
}

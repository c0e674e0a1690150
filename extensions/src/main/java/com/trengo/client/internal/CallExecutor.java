package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import com.trengo.client.ResponseInfo;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoException;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoResponseTooLargeException;
import com.trengo.client.error.TrengoServiceException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Scheduler;
import com.trengo.client.http.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs a generated Retrofit call and turns the outcome into the model or a typed exception, so users
 * never see {@code Call} or {@code Response}. One executor per set of {@link RequestOptions}.
 *
 * <p>Each call gets a {@link CallContext} with its deadline ({@code callTimeout}, which bounds the
 * whole call: rate-limit waits, backoffs and every attempt). An async call whose future is cancelled,
 * completed by the caller ({@code orTimeout}) or past its deadline is cancelled: it leaves the rate
 * limiter's queue, and no attempt of it is sent from then on.
 */
public final class CallExecutor {
  /** Error bodies are read up to this size; beyond it they are cut (an HTML error page, say). */
  private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

  /** Retrofit's message for a null argument: {@code Path parameter "contact_id" value must not be null.} */
  private static final Pattern NULL_ARGUMENT =
      Pattern.compile("(?:(Path|Query|Field|Part|Header) parameter \"([^\"]+)\"|(Body) parameter) value must not be null");

  private final RequestOptions options;
  private final Clock clock;
  private final Ticker ticker;
  private final Duration defaultCallTimeout;
  private final BooleanSupplier closed;
  private final RateLimiter limiter;
  private final Scheduler scheduler;

  CallExecutor(RequestOptions options, Clock clock, Ticker ticker, Duration defaultCallTimeout, BooleanSupplier closed,
      RateLimiter limiter, Scheduler scheduler) {
    this.options = options;
    this.clock = clock;
    this.ticker = ticker;
    this.defaultCallTimeout = defaultCallTimeout;
    this.closed = closed;
    this.limiter = limiter;
    this.scheduler = scheduler;
  }

  /**
   * Runs the call on this thread and returns its body ({@code null} for a response without one).
   *
   * @throws TrengoException the typed failure
   * @throws IllegalStateException when the client is closed
   */
  public <T> T execute(Call<T> call) {
    checkOpen();
    CallContext context = newContext();
    Request request = prepare(call, context);
    Response<T> response;
    try {
      response =
          OptionsCallFactory.with(
              context,
              () -> {
                try {
                  return call.execute();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw failure(request, context, e.getCause());
    } catch (TrengoException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(request, context, e);
    }
    return handle(response, context);
  }

  /**
   * Runs the call without holding a thread while it waits: rate-limit waits and backoffs are timer
   * entries on the {@link Scheduler}, and each attempt runs on OkHttp's dispatcher while it is on the
   * wire (see {@link AsyncCall}). The future completes with the body or a typed exception.
   * Cancelling the future, or completing it yourself (as {@code orTimeout} does), cancels the call: it
   * leaves the rate limiter's queue and is not sent from then on. At the call's deadline the future
   * completes with {@link TrengoIoException} ({@link TrengoOutcomeUnknownException} when a request that
   * creates data had been sent).
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    checkOpen();
    CallContext context = new CallContext(options, ticker, options.callTimeout().orElse(defaultCallTimeout), true);
    Request request = prepare(call, context);
    return new AsyncCall<T>(
            context, limiter, scheduler,
            response -> handle(response, context),
            t -> t instanceof IOException io ? failure(request, context, io) : unreadable(request, context, t))
        .start(call);
  }

  private CallContext newContext() {
    return new CallContext(options, ticker, options.callTimeout().orElse(defaultCallTimeout));
  }

  /**
   * Builds the OkHttp request and sets the call's timeout, before anything is sent: a null argument is
   * a {@link TrengoValidationException} naming the parameter, as every invalid argument is.
   */
  private static Request prepare(Call<?> call, CallContext context) {
    try {
      return OptionsCallFactory.with(
          context,
          () -> {
            Duration timeout = context.timeout();
            call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return call.request();
          });
    } catch (IllegalArgumentException e) {
      throw invalidArguments(e);
    }
  }

  private static TrengoValidationException invalidArguments(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    Matcher nullArgument = NULL_ARGUMENT.matcher(message);
    int forMethod = message.indexOf("for method ");
    String operation = forMethod >= 0 ? message.substring(forMethod + "for method ".length()).trim() : "request";
    if (nullArgument.find()) {
      String parameter = nullArgument.group(3) != null ? "body" : nullArgument.group(2);
      return new TrengoValidationException(operation, List.of(FieldError.of(parameter, null, "is required")));
    }
    String firstLine = message.lines().findFirst().orElse(message);
    return new TrengoValidationException(operation, List.of(FieldError.of("arguments", null, firstLine)));
  }

  private void checkOpen() {
    if (closed.getAsBoolean()) {
      throw new IllegalStateException("this TrengoClient is closed");
    }
  }

  private <T> T handle(Response<T> response, CallContext context) {
    okhttp3.Response raw = response.raw();
    options
        .responseObserver()
        .ifPresent(o -> o.accept(new ResponseInfo(raw.code(), raw.headers().toMultimap(), Math.max(1, context.attempts()))));
    if (response.isSuccessful()) {
      return response.body();
    }
    Request request = raw.request();
    Duration retryAfter = RateLimitHeaders.retryAfter(raw.headers(), clock).orElse(null);
    String body = errorBody(response.errorBody());
    TrengoServiceException answer =
        TrengoServiceException.of(
            raw.code(),
            request.method(),
            request.url().encodedPath(),
            raw.headers().toMultimap(),
            body,
            retryAfter);
    if (!Idempotency.isIdempotent(request) && Idempotency.leavesOutcomeOpen(raw.code())) {
      throw new TrengoOutcomeUnknownException(
          describe(request) + " may have been applied: the answer was " + answer.getMessage() + "."
              + OutcomeUnknownIOException.NOT_RESENT,
          raw.code(), Excerpt.of(body), answer);
    }
    throw answer;
  }

  private static String errorBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      return body.source().request(MAX_ERROR_BODY_BYTES)
          ? body.source().getBuffer().snapshot((int) MAX_ERROR_BODY_BYTES).utf8() + "..."
          : body.string();
    } catch (IOException e) {
      return "";
    }
  }

  private static TrengoException failure(Request request, CallContext context, IOException failure) {
    // OkHttp reports any failure of a call whose timeout fired as InterruptedIOException("timeout"),
    // with the interceptors' own failure as the cause: that one says what happened.
    IOException e = failure;
    for (Throwable c = failure.getCause(); c instanceof IOException && isTimeout(e); c = c.getCause()) {
      e = (IOException) c;
    }
    String timedOut = e != failure || isTimeout(e) ? " (its call timeout of " + context.timeout() + " passed)" : "";
    if (e instanceof NotSentException) {
      Throwable cause = e.getCause();
      if (cause instanceof RateLimitWaitTimeoutException) {
        return (RateLimitWaitTimeoutException) cause;
      }
      return new TrengoIoException(describe(request) + " was not sent: " + e.getMessage() + timedOut, e);
    }
    if (e instanceof OutcomeUnknownIOException unknown) {
      return new TrengoOutcomeUnknownException(e.getMessage() + timedOut, unknown.status(), unknown.excerpt(), e);
    }
    if (e instanceof ResponseTooLargeIOException large) {
      return new TrengoResponseTooLargeException(
          describe(request) + ": " + e.getMessage(), large.status(), large.limit(), e);
    }
    if (e instanceof UnreadableBodyException unreadable) {
      return new TrengoDecodingException("", unreadable.answer().excerpt(),
          "cannot read the answer to " + describe(request) + ": " + e.getMessage(), e);
    }
    return new TrengoIoException(describe(request) + " failed: " + e + timedOut, e);
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof java.io.InterruptedIOException && "timeout".equals(e.getMessage());
  }

  /**
   * The body of a successful answer could not be decoded into its model (a value in no form the API
   * sends). For a request that creates data that proves nothing about whether it was applied.
   */
  private static TrengoException unreadable(Request request, CallContext context, Throwable t) {
    Answer answer = context.lastAnswer();
    String what = answer == null ? "" : " " + answer.describe();
    if (!Idempotency.isIdempotent(request)) {
      String detail = t instanceof TrengoException ? t.getMessage() : String.valueOf(t);
      return new TrengoOutcomeUnknownException(
          describe(request) + " may have been applied: its answer" + what + " could not be read (" + detail + ")."
              + OutcomeUnknownIOException.NOT_RESENT,
          answer == null ? 0 : answer.status(), answer == null ? "" : answer.excerpt(), t);
    }
    if (t instanceof TrengoException) {
      return (TrengoException) t;
    }
    Throwable cause = t.getCause() != null ? t.getCause() : t;
    return new TrengoDecodingException(
        "", answer == null ? "" : answer.excerpt(),
        "cannot read the answer to " + describe(request) + what + ": " + firstLine(cause.getMessage()), t);
  }

  /** Gson's messages end in advice for its own users ("See https://..."): the first line is the fact. */
  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }
}

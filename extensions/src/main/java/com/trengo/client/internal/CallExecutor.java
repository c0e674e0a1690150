package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import com.trengo.client.ResponseInfo;
import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoException;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs a generated Retrofit call and turns the outcome into the model or a typed exception, so users
 * never see {@code Call} or {@code Response}. One executor per set of {@link RequestOptions}.
 */
public final class CallExecutor {
  /** Error bodies are read up to this size; beyond it they are cut (an HTML error page, say). */
  private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final RequestOptions options;
  private final Clock clock;
  private final BooleanSupplier closed;

  CallExecutor(RequestOptions options, Clock clock, BooleanSupplier closed) {
    this.options = options;
    this.clock = clock;
    this.closed = closed;
  }

  /**
   * Runs the call on this thread and returns its body ({@code null} for a response without one).
   *
   * @throws TrengoException the typed failure
   * @throws IllegalStateException when the client is closed
   */
  public <T> T execute(Call<T> call) {
    checkOpen();
    Response<T> response;
    try {
      response =
          OptionsCallFactory.with(
              options,
              () -> {
                applyCallTimeout(call);
                try {
                  return call.execute();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw failure(call.request(), e.getCause());
    } catch (TrengoException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(call.request(), e);
    }
    return handle(response);
  }

  /**
   * Runs the call on OkHttp's dispatcher. The future completes with the body or a typed exception;
   * cancelling the future cancels the HTTP call.
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    checkOpen();
    CompletableFuture<T> future = new CompletableFuture<>();
    OptionsCallFactory.with(
        options,
        () -> {
          applyCallTimeout(call);
          call.enqueue(
              new Callback<T>() {
                @Override
                public void onResponse(Call<T> c, Response<T> response) {
                  try {
                    future.complete(handle(response));
                  } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                  }
                }

                @Override
                public void onFailure(Call<T> c, Throwable t) {
                  future.completeExceptionally(
                      t instanceof IOException
                          ? failure(c.request(), (IOException) t)
                          : unreadable(c.request(), t));
                }
              });
          return null;
        });
    future.whenComplete(
        (value, error) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    return future;
  }

  private void checkOpen() {
    if (closed.getAsBoolean()) {
      throw new IllegalStateException("this TrengoClient is closed");
    }
  }

  private void applyCallTimeout(Call<?> call) {
    options.callTimeout().ifPresent(d -> call.timeout().timeout(d.toNanos(), TimeUnit.NANOSECONDS));
  }

  private <T> T handle(Response<T> response) {
    okhttp3.Response raw = response.raw();
    options
        .responseObserver()
        .ifPresent(o -> o.accept(new ResponseInfo(raw.code(), raw.headers().toMultimap(), attempts(raw))));
    if (response.isSuccessful()) {
      return response.body();
    }
    Request request = raw.request();
    Duration retryAfter = RateLimitHeaders.retryAfter(raw.headers(), clock).orElse(null);
    throw TrengoServiceException.of(
        raw.code(),
        request.method(),
        request.url().encodedPath(),
        raw.headers().toMultimap(),
        errorBody(response.errorBody()),
        retryAfter);
  }

  private static int attempts(okhttp3.Response raw) {
    CallContext context = raw.request().tag(CallContext.class);
    return context == null ? 1 : Math.max(1, context.attempts());
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

  private static TrengoException failure(Request request, IOException e) {
    if (e instanceof NotSentException) {
      Throwable cause = e.getCause();
      if (cause instanceof RateLimitWaitTimeoutException) {
        return (RateLimitWaitTimeoutException) cause;
      }
      return new TrengoIoException(describe(request) + " was not sent: " + e.getMessage(), e);
    }
    if (e instanceof OutcomeUnknownIOException) {
      return new TrengoOutcomeUnknownException(e.getMessage(), e);
    }
    return new TrengoIoException(describe(request) + " failed: " + e, e);
  }

  /** The body of a successful response could not be parsed (a body cut short, say). */
  private static TrengoException unreadable(Request request, Throwable t) {
    if (t instanceof TrengoException) {
      return (TrengoException) t;
    }
    String applied = Idempotency.isIdempotent(request) ? "" : " The request was applied; only its answer was unreadable.";
    return new TrengoDecodingException(
        "", "", "cannot read the response to " + describe(request) + ": " + t + "." + applied, t);
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }
}

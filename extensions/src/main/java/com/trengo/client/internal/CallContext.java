package com.trengo.client.internal;

import com.trengo.client.RequestOptions;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Sleeper;
import com.trengo.client.http.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;

/**
 * One logical call, carried as a request tag through every attempt: the caller's overrides, the
 * deadline of the whole call, how many attempts were made, and whether it was cancelled or any attempt
 * got onto the wire.
 *
 * <p>Cancelling and sending exclude each other: {@link #beginSend()} succeeds only while the call is
 * not cancelled, and {@link #cancel()} reports whether an attempt had begun sending. So once a call is
 * cancelled (by its caller, a timeout, or the future's {@code orTimeout}) no attempt can start sending,
 * and the caller is told truthfully whether anything was sent before.
 *
 * <p><b>Retry state.</b> The count of retries and redirects, and the request the next attempt goes
 * to, live here rather than in one run of {@link RetryInterceptor}: an async call ({@link
 * #scheduledWaits()}) makes each attempt as its own OkHttp call, its waits scheduled by {@link
 * AsyncCall}, and the retry rules must see the whole call. Such an attempt carries the permit the
 * call already took without blocking ({@link #grant}), so {@link RateLimitInterceptor} does not wait.
 */
final class CallContext {
  private static final int SENT = 1;
  private static final int CANCELLED = 2;

  private final RequestOptions options;
  private final Ticker ticker;
  private final Duration timeout;
  private final long deadline; // ticker nanos; meaningless when timeout is zero
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger state = new AtomicInteger();
  /** What a cancellation must stop: the attempt's place in the limiter's queue, when it is waiting. */
  private final AtomicReference<Runnable> onCancel = new AtomicReference<>();
  private volatile Answer lastAnswer;
  private final boolean scheduledWaits;
  private final AtomicReference<RateLimiter.Permit> granted = new AtomicReference<>();
  private volatile int retries;
  private volatile int redirects;
  private volatile Request redirectedTo;

  /** A call with {@code options}, timing out {@code timeout} from now (zero: never), waiting in place. */
  CallContext(RequestOptions options, Ticker ticker, Duration timeout) {
    this(options, ticker, timeout, false);
  }

  /**
   * A call as above; with {@code scheduledWaits} its attempts are separate OkHttp calls and every
   * wait between them is scheduled by the caller, never slept on a thread.
   */
  CallContext(RequestOptions options, Ticker ticker, Duration timeout, boolean scheduledWaits) {
    this.options = options;
    this.ticker = ticker;
    this.timeout = timeout;
    this.deadline = ticker.nanoTime() + saturatedNanos(timeout);
    this.scheduledWaits = scheduledWaits;
  }

  /** The context a request carries; every request made through the stack carries one. */
  static CallContext of(Request request) {
    CallContext context = request.tag(CallContext.class);
    if (context == null) {
      throw new IllegalStateException("request made outside the client's call factory: " + request.url().encodedPath());
    }
    return context;
  }

  RequestOptions options() {
    return options;
  }

  /** The whole call's timeout; zero when it has none. */
  Duration timeout() {
    return timeout;
  }

  /** Time left until the deadline (never negative); {@link Duration#ofDays} 10,000 years without one. */
  Duration remaining() {
    if (timeout.isZero()) {
      return NO_DEADLINE;
    }
    return Duration.ofNanos(Math.max(0, deadline - ticker.nanoTime()));
  }

  /** Whether a wait of {@code wait} ends before the deadline. */
  boolean fits(Duration wait) {
    return wait.compareTo(remaining()) <= 0;
  }

  int attempts() {
    return attempts.get();
  }

  void countAttempt() {
    attempts.incrementAndGet();
  }

  /**
   * Marks an attempt as going onto the wire. False when the call was cancelled: then it must not be
   * sent.
   */
  boolean beginSend() {
    while (true) {
      int s = state.get();
      if ((s & CANCELLED) != 0) {
        return false;
      }
      if ((s & SENT) != 0 || state.compareAndSet(s, s | SENT)) {
        return true;
      }
    }
  }

  /** Whether any attempt began sending. */
  boolean anySent() {
    return (state.get() & SENT) != 0;
  }

  boolean isCancelled() {
    return (state.get() & CANCELLED) != 0;
  }

  /**
   * Cancels the call: no attempt may begin sending from now on, waits in progress end, and the
   * registered actions run (the rate limiter's queue is left). Idempotent.
   *
   * @return whether an attempt had begun sending before
   */
  boolean cancel() {
    int before = state.getAndUpdate(s -> s | CANCELLED);
    if ((before & CANCELLED) == 0) {
      synchronized (this) {
        notifyAll(); // a backoff waiting in sleep(..)
      }
      Runnable action = onCancel.get();
      if (action != null) {
        action.run();
      }
    }
    return (before & SENT) != 0;
  }

  /**
   * Runs {@code action} when the call is cancelled (at once if it already is), until the returned
   * registration is closed. One at a time: an attempt waits in one place.
   */
  Registration onCancel(Runnable action) {
    onCancel.set(action);
    if (isCancelled()) {
      action.run();
    }
    return () -> onCancel.compareAndSet(action, null);
  }

  /**
   * Waits {@code duration}, or less when the call is cancelled meanwhile (then it throws). With the
   * real sleeper the wait is on the cancellation itself, so a cancelled call stops waiting at once; an
   * injected sleeper (tests) is called as it is.
   */
  void sleep(Sleeper sleeper, Duration duration) throws InterruptedException, NotSentException {
    if (sleeper == Sleeper.SYSTEM) {
      if (!duration.isNegative() && !duration.isZero()) {
        long until = System.nanoTime() + saturatedNanos(duration);
        synchronized (this) {
          for (long left = until - System.nanoTime(); left > 0 && !isCancelled(); left = until - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
          }
        }
      }
    } else {
      sleeper.sleep(duration);
    }
    checkNotCancelled();
  }

  /** Throws when the call was cancelled: nothing more of it may be sent. */
  void checkNotCancelled() throws NotSentException {
    if (isCancelled()) {
      throw new NotSentException("the call was cancelled", null);
    }
  }

  /** Whether waits between attempts are scheduled by {@link AsyncCall} rather than slept in place. */
  boolean scheduledWaits() {
    return scheduledWaits;
  }

  /**
   * Hands the next attempt a permit taken without blocking. False (and nothing held) when the call
   * was cancelled meanwhile: the caller closes the permit.
   */
  boolean grant(RateLimiter.Permit permit) {
    granted.set(permit);
    return !(isCancelled() && granted.compareAndSet(permit, null));
  }

  /** The permit granted for this attempt, taken once; null when the attempt must wait for one. */
  RateLimiter.Permit takeGranted() {
    return granted.getAndSet(null);
  }

  /** Closes a granted permit no attempt took (the attempt never ran). */
  void releaseGranted() {
    RateLimiter.Permit left = granted.getAndSet(null);
    if (left != null) {
      left.close();
    }
  }

  int retries() {
    return retries;
  }

  int countRetry() {
    return ++retries;
  }

  int redirects() {
    return redirects;
  }

  /** Records a redirect followed: the next attempt goes to {@code next}. */
  void redirect(Request next) {
    redirects++;
    redirectedTo = next;
  }

  /** The request the next attempt sends: the last redirect's target, else {@code original}. */
  Request current(Request original) {
    Request next = redirectedTo;
    return next != null ? next : original;
  }

  /** Records the last answer with a body, for the messages of a failure to read it. */
  void answered(Answer answer) {
    this.lastAnswer = answer;
  }

  /** The last answer with a body, or null. */
  Answer lastAnswer() {
    return lastAnswer;
  }

  /** A registration to undo. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** Effectively no deadline: 10,000 years, still safe to add to a time. */
  static final Duration NO_DEADLINE = Duration.ofDays(3_650_000);

  /** Nanoseconds of {@code d}, zero and anything past a century read as "never" (no exception thrown). */
  private static long saturatedNanos(Duration d) {
    return d.isZero() || d.compareTo(CENTURY) > 0 ? Long.MAX_VALUE / 4 : d.toNanos();
  }

  private static final Duration CENTURY = Duration.ofDays(36_500);
}

package com.trengo.cli.progress;

import com.trengo.client.http.Sleeper;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Measures how long a run was held up by the rate limit, and counts what went on the wire.
 *
 * <p><b>What "waiting for the rate limit" means here.</b> The wall time during which at least one call
 * was waiting to be sent (for a permit from the client's limiter, or sitting out a server's 429) while
 * no request at all was on the wire. Summing every thread's wait would count the same second eight
 * times with eight workers; this counts the seconds the whole job stood still because of the budget,
 * so on a rate-limit-bound job it is most of the wall time, and on a latency-bound one it is near zero.
 *
 * <p><b>How.</b> Each calling thread moves between states, reported by three hooks on the client: the
 * {@linkplain #callInterceptor() application interceptor} (outermost: a call starts waiting for a
 * permit, and ends), the {@linkplain #wireInterceptor() network interceptor} (innermost: an attempt is
 * on the wire) and the {@linkplain #sleeper(Sleeper) retry sleeper} (a backoff between attempts, which
 * is not the rate limit, unless it follows a 429). Between a call's start and its first attempt on the
 * wire the only thing the library does that takes time is the limiter's wait. Synchronous calls only:
 * the state is per thread.
 *
 * <p>Thread-safe.
 */
public final class RateLimitWaitTracker {

  private enum State { IDLE, WAITING, ON_WIRE, BACKOFF }

  private final LongSupplier nanoTime;
  private final ThreadLocal<State> state = ThreadLocal.withInitial(() -> State.IDLE);
  private final ThreadLocal<Boolean> lastWas429 = ThreadLocal.withInitial(() -> false);
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong tooManyRequests = new AtomicLong();
  private final Map<Thread, InFlight> inFlight = new ConcurrentHashMap<>();

  // Guarded by this.
  private int waiting;
  private int onWire;
  private long stalledSince = -1;
  private long stalledNanos;

  /** A tracker on {@link System#nanoTime()}. */
  public RateLimitWaitTracker() {
    this(System::nanoTime);
  }

  /** A tracker reading time from {@code nanoTime} (tests pass a fake one). */
  public RateLimitWaitTracker(LongSupplier nanoTime) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
  }

  /** Add with {@code TrengoClient.Builder.addInterceptor}: sees each logical call once. */
  public Interceptor callInterceptor() {
    return chain -> {
      callStarted();
      try {
        return chain.proceed(chain.request());
      } finally {
        callEnded();
      }
    };
  }

  /** Add with {@code TrengoClient.Builder.addNetworkInterceptor}: sees each attempt on the wire. */
  public Interceptor wireInterceptor() {
    return chain -> {
      okhttp3.HttpUrl url = chain.request().url();
      String what = chain.request().method() + " " + url.encodedPath()
          + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
      attemptSent(what);
      boolean was429 = false;
      try {
        Response response = chain.proceed(chain.request());
        was429 = response.code() == 429;
        return response;
      } finally {
        attemptAnswered(was429);
      }
    };
  }

  /** A request on the wire, and since when (tracker nanos). */
  public record InFlight(String request, long sinceNanos) {}

  /** The request that has waited longest for its answer, if any is on the wire. */
  public Optional<InFlight> oldestInFlight() {
    return inFlight.values().stream().min(Comparator.comparingLong(InFlight::sinceNanos));
  }

  /** How long the job has stood still waiting for the rate limit right now; zero when it has not. */
  public synchronized Duration stalledNow() {
    return stalledSince < 0 ? Duration.ZERO : Duration.ofNanos(nanoTime.getAsLong() - stalledSince);
  }

  /** How many calls are waiting to be sent right now (for a permit, or sitting out a 429). */
  public synchronized int waitingNow() {
    return waiting;
  }

  /** The tracker's time, in nanoseconds. */
  public long nanoTime() {
    return nanoTime.getAsLong();
  }

  /** Wraps the client's retry sleeper: a backoff is not rate-limit waiting, unless a 429 asked for it. */
  public Sleeper sleeper(Sleeper delegate) {
    Objects.requireNonNull(delegate, "delegate == null");
    return duration -> {
      backoffStarted();
      try {
        delegate.sleep(duration);
      } finally {
        backoffEnded();
      }
    };
  }

  /** The wall time so far during which the job stood still waiting for the rate limit. */
  public synchronized Duration stalled() {
    long total = stalledNanos;
    if (stalledSince >= 0) {
      total += nanoTime.getAsLong() - stalledSince;
    }
    return Duration.ofNanos(total);
  }

  /** Attempts that went on the wire (each retry counts). */
  public long requests() {
    return requests.get();
  }

  /** 429 responses received (the library retries them; they need not reach the caller). */
  public long tooManyRequests() {
    return tooManyRequests.get();
  }

  void callStarted() {
    lastWas429.set(false);
    move(State.WAITING);
  }

  void callEnded() {
    move(State.IDLE);
  }

  /** An attempt of {@code request} ("GET /api/v2/contacts?page=2") goes on the wire from this thread. */
  void attemptSent(String request) {
    inFlight.put(Thread.currentThread(), new InFlight(request, nanoTime.getAsLong()));
    wireStarted();
  }

  /** This thread's attempt got its answer (or failed). */
  void attemptAnswered(boolean was429) {
    inFlight.remove(Thread.currentThread());
    wireEnded(was429);
  }

  void wireStarted() {
    requests.incrementAndGet();
    move(State.ON_WIRE);
  }

  void wireEnded(boolean was429) {
    if (was429) {
      tooManyRequests.incrementAndGet();
    }
    lastWas429.set(was429);
    move(State.IDLE);
  }

  void backoffStarted() {
    // The wait a 429 asked for is the rate limit's too.
    move(lastWas429.get() ? State.WAITING : State.BACKOFF);
  }

  void backoffEnded() {
    move(State.WAITING); // the next attempt goes to the limiter first
  }

  private synchronized void move(State next) {
    State previous = state.get();
    if (previous == next) {
      return;
    }
    state.set(next);
    waiting += (next == State.WAITING ? 1 : 0) - (previous == State.WAITING ? 1 : 0);
    onWire += (next == State.ON_WIRE ? 1 : 0) - (previous == State.ON_WIRE ? 1 : 0);
    long now = nanoTime.getAsLong();
    boolean stalled = waiting > 0 && onWire == 0;
    if (stalled && stalledSince < 0) {
      stalledSince = now;
    } else if (!stalled && stalledSince >= 0) {
      stalledNanos += now - stalledSince;
      stalledSince = -1;
    }
  }
}

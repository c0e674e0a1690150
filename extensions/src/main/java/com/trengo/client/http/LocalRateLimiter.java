package com.trengo.client.http;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import com.trengo.client.internal.RateLimitHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * The in-JVM {@link RateLimiter}: paces the requests this process makes with one Trengo API token so
 * that a server enforcing a sliding window of {@linkplain RateLimitConfig#limit() limit} requests per
 * {@linkplain RateLimitConfig#window() window} never has to answer 429, while using nearly all of
 * that budget.
 *
 * <p><b>Why a sliding log and not Bucket4j.</b> Bucket4j's bandwidths are token buckets. Capacity L
 * refilled at L/W admits up to 2L requests in one sliding window (a full bucket, then a refill's
 * worth). Capacity c refilled at (L-c)/W keeps the bound but caps use at (L-c)/L (95% for L=20,
 * c=1, short of the 97% goal) and cannot account for requests still in flight. A sliding log freed
 * at completion + W is exact. Several processes on one token need a shared budget: the
 * {@code trengo-redis} module's limiter gives it, behind the same {@link RateLimiter} interface.
 *
 * <p><b>How it paces.</b> The limiter keeps one slot per request the window allows. {@link
 * #acquire()} takes a free slot and returns a {@link Permit}; closing the permit when the response
 * arrives frees the slot again one window later. The server stamps a request when it arrives,
 * somewhere between our send and our completion, so freeing at completion + window means the server
 * never sees more than {@code limit} of our requests in any window, however the latency varies. In
 * steady state this sends {@code limit} requests per window plus one round trip: nearly all of the
 * budget.
 *
 * <p><b>Fairness.</b> Callers that have to wait are served strictly first come, first served: a new
 * caller never overtakes one already waiting, so no thread starves.
 *
 * <p><b>Time.</b> Every interval (a slot's window, a pause, a wait) is measured on the monotonic
 * {@link RateLimitConfig#ticker()}, never the wall clock: setting the system clock back ten minutes
 * must not hold every caller for ten minutes. The wall {@link RateLimitConfig#clock()} is read only to
 * turn a server's {@code Retry-After} date or {@code X-RateLimit-Reset} into a wait.
 *
 * <p><b>Leaving the queue.</b> A caller that gives up ({@link Ticket#cancel()}, from any thread: a
 * cancelled or timed-out call) leaves the queue at once, so the callers behind it move up, and its
 * {@link Ticket#await} throws without taking a slot. Each wait is one {@linkplain #step decision}
 * (a permit now, a time to wait until, an event to wait for, or give up) followed by waiting as told:
 * {@link Ticket#await} blocks its thread; {@link Ticket#awaitAsync} schedules a re-check on the
 * {@linkplain RateLimitConfig#scheduler() scheduler} (at the time, or at once when the event is
 * signalled) and parks no thread. Both kinds of waiter stand in the one queue, in arrival order.
 *
 * <p><b>Listening to the server.</b> Pass every response to {@link #onResponse(Response)}. A 429
 * pauses every caller of this limiter, not only the one that got it, because another process may be
 * spending the same token's budget; see that method for the headers it reads.
 *
 * <p><b>Sharing.</b> The budget belongs to the token, so {@link #forToken(String, RateLimitConfig)}
 * returns one limiter per token for the whole JVM. {@link #create(RateLimitConfig)} makes a private
 * one, to pass explicitly to every client that should share it.
 *
 * <p>Thread-safe. From an OkHttp interceptor:
 *
 * <pre>{@code
 * RateLimiter.Permit permit;
 * try {
 *   permit = limiter.acquire(); // may wait; may throw RateLimitWaitTimeoutException
 * } catch (InterruptedException e) {
 *   Thread.currentThread().interrupt();
 *   throw new InterruptedIOException("interrupted while waiting for the rate limiter");
 * }
 * try {
 *   Response response = chain.proceed(chain.request());
 *   limiter.onResponse(response);
 *   return response;
 * } finally {
 *   permit.close(); // the response, or the failure, has arrived
 * }
 * }</pre>
 */
public final class LocalRateLimiter implements RateLimiter {
  /** A slot's free-at time while its request is in flight: it frees only when the permit closes. */
  private static final long IN_FLIGHT = Long.MAX_VALUE;

  /** The resolution of the limiter's time: every time is whole milliseconds of the ticker. */
  private static final long CLOCK_TICK_MILLIS = 1;

  /** A time every clock is past: an untouched slot is free, and no pause is in force. */
  private static final long LONG_AGO = Long.MIN_VALUE;

  /**
   * One limiter per token, keyed by the token's SHA-256 so no token is held in memory here. Values
   * are strong and live as long as the JVM, on purpose: a limiter dropped while its slots still
   * remember the last window's requests would let a fresh one send a full window again at once and
   * get a 429. The cost is one small array per distinct token.
   */
  private static final ConcurrentMap<String, LocalRateLimiter> BY_TOKEN_HASH = new ConcurrentHashMap<>();

  private final RateLimitConfig config;
  private final Clock clock;
  private final Ticker ticker;
  private final long origin;
  private final Sleeper sleeper;
  private final Scheduler scheduler;
  private final long windowMillis;
  private final long maxWaitMillis;
  private final long maxServerPauseMillis;

  /** Guards everything below. Not fair itself: {@link #waiters} gives the FIFO order. */
  private final ReentrantLock lock = new ReentrantLock();

  /** Per slot, when it is free again (ticker millis), or {@link #IN_FLIGHT}. */
  private final long[] freeAt;

  /** Callers waiting for a slot, in arrival order; only the head may take one. */
  private final ArrayDeque<QueuedTicket> waiters = new ArrayDeque<>();

  /** The configured limit, or the server's lower one. */
  private int limit;

  /** Nobody may start a request before this (ticker millis): set by the server's 429. */
  private long pausedUntil = LONG_AGO;

  private LocalRateLimiter(RateLimitConfig config) {
    this.config = Objects.requireNonNull(config, "config == null");
    this.clock = config.clock();
    this.ticker = config.ticker();
    this.origin = ticker.nanoTime();
    this.sleeper = config.sleeper();
    this.scheduler = config.scheduler();
    this.windowMillis = toMillis(config.window());
    this.maxWaitMillis = toMillis(config.maxWait());
    this.maxServerPauseMillis = toMillis(config.maxServerPause());
    this.limit = config.limit();
    this.freeAt = new long[config.limit()];
    Arrays.fill(freeAt, LONG_AGO);
  }

  /**
   * The limiter shared by everyone in this JVM who uses {@code token}: the same instance for the
   * same token. The first call for a token creates it with {@code config}; later calls return that
   * limiter and ignore their {@code config} (check {@link #config()} if it matters). The token
   * itself is not kept, only its SHA-256.
   */
  public static LocalRateLimiter forToken(String token, RateLimitConfig config) {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(config, "config == null");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("token is empty");
    }
    return BY_TOKEN_HASH.computeIfAbsent(sha256Hex(token), hash -> new LocalRateLimiter(config));
  }

  /** A new limiter nobody else shares, unless you pass it to them. */
  public static LocalRateLimiter create(RateLimitConfig config) {
    return new LocalRateLimiter(config);
  }

  /**
   * Waits until a request may be sent and takes a slot for it. Close the returned permit exactly
   * once, when the response or the failure arrives; until then the slot stays taken. The same as
   * {@code ticket().await(config().maxWait())}.
   *
   * <p>Waiting callers are served in arrival order. If the wait would exceed {@link
   * RateLimitConfig#maxWait()} this throws at once, or as soon as that becomes certain, without
   * taking a slot.
   *
   * @throws RateLimitWaitTimeoutException if the wait would exceed the configured maximum wait
   * @throws InterruptedException if the thread is interrupted while waiting; no slot is taken
   */
  @Override
  public Permit acquire() throws InterruptedException {
    return ticket().await(config.maxWait());
  }

  /**
   * A place in this limiter's queue, to {@linkplain Ticket#await await} once, and to {@linkplain
   * Ticket#cancel cancel} from any thread when the caller gives up.
   */
  @Override
  public Ticket ticket() {
    return new QueuedTicket();
  }

  /**
   * How many requests could start right now without waiting: free slots not claimed by waiting
   * callers, and zero while a server pause lasts. A snapshot, for reporting (say, by a batch job);
   * by the time it is read, another thread may have used it.
   *
   * <p>It reflects the server's view too: an {@code X-RateLimit-Remaining} lower than our own count
   * (another process using the token) holds the difference back for a while, see {@link
   * #onResponse(Response)}.
   */
  @Override
  public int remaining() {
    lock.lock();
    try {
      long now = now();
      if (now < pausedUntil) {
        return 0;
      }
      return Math.max(0, limit - activeSlots(now) - waiters.size());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Learns from a response's status and rate-limit headers. Unreadable headers are ignored.
   *
   * <ul>
   *   <li>{@code 429}: every caller of this limiter waits until now + {@code Retry-After} (seconds
   *       or an HTTP-date), else {@code X-RateLimit-Reset} (Unix seconds), else one window; at most
   *       {@link RateLimitConfig#maxServerPause()}.
   *   <li>{@code X-RateLimit-Limit} below the configured limit: the lower limit applies from now
   *       on, until the server reports a different one; the configured limit is never exceeded.
   *   <li>{@code X-RateLimit-Remaining} below the number of slots this limiter sees free: someone
   *       else is using the token, so the difference is held back for the same time a 429 would
   *       pause. A remaining of 0 thus pauses every caller. When this process is the token's only
   *       user the server never counts more of our requests than this limiter does, so nothing is
   *       held back.
   * </ul>
   */
  @Override
  public void onResponse(Response response) {
    // Without the request's send time, compare with our count now: conservative, it may hold back a
    // slot that freed while the response was on its way. Permit.complete(response) knows better.
    learn(response, Long.MAX_VALUE);
  }

  /**
   * Learns from {@code response} to a request granted at {@code grantedAt}. The server counted its
   * window when the request arrived, after {@code grantedAt}; every request of ours it can have
   * counted then holds a slot whose free-at is later than {@code grantedAt}, so slots that freed
   * since are still ours to compare with, not someone else's use of the token.
   */
  private void learn(Response response, long grantedAt) {
    Objects.requireNonNull(response, "response == null");
    Headers headers = response.headers();
    OptionalInt serverLimit = RateLimitHeaders.limit(headers);
    OptionalInt serverRemaining = RateLimitHeaders.remaining(headers);
    Optional<Duration> serverWait = RateLimitHeaders.retryAfter(headers, clock);
    boolean tooManyRequests = response.code() == 429;
    if (serverLimit.isEmpty() && serverRemaining.isEmpty() && !tooManyRequests) {
      return; // the common case when the server sends no rate-limit headers: skip the lock
    }

    lock.lock();
    try {
      long now = now();
      if (serverLimit.isPresent()) {
        limit = Math.min(config.limit(), serverLimit.getAsInt());
      }
      // Without a server-given time, one window: whatever the server counted arrived by now, so it
      // has left any sliding window by then.
      long serverPause =
          Math.min(
              serverWait.map(LocalRateLimiter::toMillis).orElse(windowMillis), maxServerPauseMillis);
      if (tooManyRequests) {
        pausedUntil = Math.max(pausedUntil, plus(now, serverPause));
      }
      if (serverRemaining.isPresent()) {
        holdBack(
            now,
            limit - activeSlots(Math.min(now, grantedAt)) - serverRemaining.getAsInt(),
            plus(now, serverPause));
      }
      signalHead();
    } finally {
      lock.unlock();
    }
  }

  /** The configuration this limiter was created with. */
  @Override
  public RateLimitConfig config() {
    return config;
  }

  /** The limit in force, the window and {@link #remaining()}; never the token. */
  @Override
  public String toString() {
    lock.lock();
    try {
      return "LocalRateLimiter{limit="
          + limit
          + ", window="
          + config.window()
          + ", remaining="
          + remaining()
          + '}';
    } finally {
      lock.unlock();
    }
  }

  /**
   * How many callers are waiting in the queue right now: a snapshot, for reporting what a job is
   * waiting for (and for tests that must know a thread is parked before acting).
   */
  @Override
  public int waiting() {
    lock.lock();
    try {
      return waiters.size();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues the caller and waits until it is first in line and a slot is free, as {@link #step} says:
   * a time-based wait sleeps (through the {@link Sleeper}, so a fake one makes tests instant, or as a
   * timed wait on the caller's condition with the real one, so a cancellation wakes it); a wait for an
   * event (an in-flight request completing, or reaching the head of the queue) uses the condition.
   * The lock is never held while waiting: releases and responses must get through.
   */
  private Permit awaitTurn(QueuedTicket me, long start, long maxWaitMillis) throws InterruptedException {
    waiters.addLast(me);
    try {
      long deadline = plus(start, maxWaitMillis);
      boolean timedOut = false;
      while (true) {
        if (me.cancelled) {
          throw new CancellationException("left the rate limiter's queue: the call was cancelled");
        }
        long now = now();
        Step step = step(me, now, start, deadline, timedOut);
        if (step.permit() != null) {
          return step.permit();
        }
        if (step.giveUp() != null) {
          throw step.giveUp();
        }
        if (step.sleepUntil() >= 0) {
          timedOut = false;
          sleep(me, step.sleepUntil() - now);
        } else {
          timedOut = me.turn.awaitNanos(TimeUnit.MILLISECONDS.toNanos(step.eventBudget())) <= 0;
        }
      }
    } finally {
      boolean wasHead = waiters.peekFirst() == me;
      waiters.remove(me);
      if (wasHead) {
        signalHead(); // pass the turn on, whether we got a slot, timed out, were interrupted or cancelled
      }
    }
  }

  /**
   * One decision for the waiter {@code me} at {@code now}: a permit, a time to sleep until, a budget
   * to wait for an event in, or the timeout to give up with. Call with the lock held.
   */
  private Step step(QueuedTicket me, long now, long start, long deadline, boolean timedOut) {
    boolean head = waiters.peekFirst() == me;
    if (head) {
      int slot = tryTakeSlot(now);
      if (slot >= 0) {
        return Step.granted(new SlotPermit(slot));
      }
    }
    Estimate estimate = earliestStart(now, head ? 0 : positionOf(me));
    if (estimate.at() > deadline) {
      return Step.giveUp(timeout(estimate.at() - start, deadline - start));
    }
    if (estimate.sleepable()) {
      return Step.sleepUntil(estimate.at());
    }
    // Waiting for an event: our turn, or (as head) an in-flight request completing, which must
    // happen a window before the deadline for its slot to be of use. Past that budget the
    // deadline cannot be met, so a timeout ends the wait even if the clock is a frozen fake.
    long budget = (head ? deadline - windowMillis : deadline) - now;
    if (timedOut || budget <= 0) {
      return Step.giveUp(timeout(Math.max(estimate.at() - start, deadline - start), deadline - start));
    }
    return Step.awaitEvent(budget);
  }

  /** Waits {@code millis} with the lock released; a real wait wakes early when the caller is cancelled. */
  private void sleep(QueuedTicket me, long millis) throws InterruptedException {
    if (sleeper == Sleeper.SYSTEM) {
      me.turn.awaitNanos(TimeUnit.MILLISECONDS.toNanos(millis));
      return;
    }
    lock.unlock();
    try {
      sleeper.sleep(Duration.ofMillis(millis));
    } finally {
      lock.lock();
    }
  }

  private static RateLimitWaitTimeoutException timeout(long requiredWaitMillis, long maxWaitMillis) {
    return new RateLimitWaitTimeoutException(Duration.ofMillis(requiredWaitMillis), Duration.ofMillis(maxWaitMillis));
  }

  /** The ticker's time in whole milliseconds since this limiter was made. */
  private long now() {
    return TimeUnit.NANOSECONDS.toMillis(ticker.nanoTime() - origin);
  }

  /** Takes a free slot if the server allows a request now; -1 if not. Call with the lock held. */
  private int tryTakeSlot(long now) {
    if (now < pausedUntil) {
      return -1;
    }
    int active = 0;
    int free = -1;
    for (int i = 0; i < freeAt.length; i++) {
      if (freeAt[i] > now) {
        active++;
      } else if (free < 0) {
        free = i;
      }
      // Even if every slot not read yet were active, the limit could not be reached: stop here.
      // Without this the scan read all `limit` slots on every request (10,000 for a roomy limit).
      if (free >= 0 && active + (freeAt.length - 1 - i) < limit) {
        break;
      }
    }
    if (active >= limit || free < 0) {
      return -1;
    }
    freeAt[free] = IN_FLIGHT;
    return free;
  }

  /**
   * The earliest time the waiter at {@code position} in the queue (0 = head) could start, a lower
   * bound. It needs {@code position + 1} slots to free up beyond the ones free now. Slots already
   * completed free at a known time; a slot still in flight, or taken later by a waiter ahead, frees
   * no sooner than one window from now. Call with the lock held.
   */
  private Estimate earliestStart(long now, int position) {
    long[] known = new long[freeAt.length];
    int knownCount = 0;
    int active = 0;
    for (long t : freeAt) {
      if (t > now) {
        active++;
        if (t != IN_FLIGHT) {
          known[knownCount++] = t;
        }
      }
    }
    int needed = active - limit + 1 + position;
    long at;
    boolean timeKnown;
    if (needed <= 0) {
      at = now;
      timeKnown = true;
    } else if (needed <= knownCount) {
      Arrays.sort(known, 0, knownCount);
      at = known[needed - 1];
      timeKnown = true;
    } else {
      long latestKnown = LONG_AGO;
      for (int i = 0; i < knownCount; i++) {
        latestKnown = Math.max(latestKnown, known[i]);
      }
      at = Math.max(plus(now, windowMillis), latestKnown);
      timeKnown = false;
    }
    return new Estimate(Math.max(at, pausedUntil), timeKnown && position == 0);
  }

  /**
   * Marks up to {@code count} free slots taken until {@code until}: requests the server counted
   * that this limiter did not send. Call with the lock held.
   */
  private void holdBack(long now, int count, long until) {
    for (int i = 0; i < freeAt.length && count > 0; i++) {
      if (freeAt[i] <= now) {
        freeAt[i] = until;
        count--;
      }
    }
  }

  private int activeSlots(long now) {
    int active = 0;
    for (long t : freeAt) {
      if (t > now) {
        active++;
      }
    }
    return active;
  }

  private int positionOf(QueuedTicket waiter) {
    int position = 0;
    for (QueuedTicket w : waiters) {
      if (w == waiter) {
        return position;
      }
      position++;
    }
    throw new AssertionError("waiter not queued");
  }

  /** Wakes the first waiter, who alone may act on a change. Call with the lock held. */
  private void signalHead() {
    QueuedTicket head = waiters.peekFirst();
    if (head != null) {
      if (head.async != null) {
        head.recheckSoon(0, false);
      } else {
        head.turn.signal();
      }
    }
  }

  /** Saturates instead of overflowing, and never reaches {@link #IN_FLIGHT}. */
  private static long plus(long time, long millis) {
    long sum = time + millis;
    boolean overflowed = ((time ^ sum) & (millis ^ sum)) < 0;
    return overflowed || sum >= IN_FLIGHT ? IN_FLIGHT - 1 : sum;
  }

  private static long toMillis(Duration duration) {
    try {
      return duration.toMillis();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2; // centuries: as good as forever, and still safe to add to a time
    }
  }

  private static String sha256Hex(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM must support SHA-256", e);
    }
  }

  private final class SlotPermit implements Permit {
    private final int slot;
    private final long grantedAt = now();
    private boolean closed; // guarded by lock

    SlotPermit(int slot) {
      this.slot = slot;
    }

    @Override
    public void complete(Response response) {
      try {
        learn(response, grantedAt);
      } finally {
        close();
      }
    }

    @Override
    public void close() {
      lock.lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
        // One tick more than a window: the clock reads whole milliseconds, so a request that arrived
        // and completed within the same millisecond (loopback) would otherwise free up to 1 ms
        // before the server's window lets go of it.
        freeAt[slot] = plus(now(), windowMillis + CLOCK_TICK_MILLIS);
        signalHead(); // the head may be waiting for exactly this completion
      } finally {
        lock.unlock();
      }
    }

    @Override
    public String toString() {
      return "LocalRateLimiter.Permit{slot=" + slot + '}';
    }
  }

  /**
   * A caller's place in the queue: {@link #await} it once; {@link #cancel()} it from any thread to
   * leave. Each has its own condition, so a release wakes only the head, not everyone.
   */
  private final class QueuedTicket implements Ticket {
    private final Condition turn = lock.newCondition();
    private boolean cancelled; // guarded by lock
    private boolean awaited; // guarded by lock
    private AsyncWait async; // guarded by lock; set while awaited asynchronously

    private QueuedTicket() {}

    /**
     * Waits until a request may be sent and takes a slot for it, waiting at most {@code maxWait} (and
     * never longer than {@link RateLimitConfig#maxWait()}). Close the permit exactly once, when the
     * response or the failure arrives.
     *
     * @throws RateLimitWaitTimeoutException if the wait would exceed the maximum wait; no slot is taken
     * @throws CancellationException if the ticket is cancelled, before or while waiting; no slot is taken
     * @throws InterruptedException if the thread is interrupted while waiting; no slot is taken
     * @throws IllegalStateException if this ticket was awaited before
     */
    @Override
    public Permit await(Duration maxWait) throws InterruptedException {
      Objects.requireNonNull(maxWait, "maxWait == null");
      long limit = Math.max(0, Math.min(toMillis(maxWait), LocalRateLimiter.this.maxWaitMillis));
      lock.lockInterruptibly();
      try {
        if (awaited) {
          throw new IllegalStateException("a ticket is awaited once");
        }
        awaited = true;
        if (cancelled) {
          throw new CancellationException("the call was cancelled before it reached the rate limiter");
        }
        long start = now();
        if (waiters.isEmpty()) {
          int slot = tryTakeSlot(start);
          if (slot >= 0) {
            return new SlotPermit(slot);
          }
        }
        return awaitTurn(this, start, limit);
      } finally {
        lock.unlock();
      }
    }

    /**
     * Leaves the queue now: the callers behind move up, and a waiting {@link #await} throws {@link
     * CancellationException} without taking a slot. Idempotent; no effect once a permit was granted.
     */
    @Override
    public void cancel() {
      Settled settled = null;
      lock.lock();
      try {
        if (cancelled) {
          return;
        }
        cancelled = true;
        boolean wasHead = waiters.peekFirst() == this;
        boolean wasWaiting = waiters.remove(this);
        if (wasWaiting && wasHead) {
          signalHead();
        }
        turn.signal();
        if (async != null && wasWaiting) {
          async.stopTimer();
          settled = Settled.failed(cancelled());
        }
      } finally {
        lock.unlock();
      }
      if (settled != null) {
        settled.into(async.future);
      }
    }

    /**
     * Queues this ticket and returns at once; {@link #advance} then decides as the blocking wait
     * does, and schedules the next re-check instead of blocking. Completed outside the lock, so no
     * caller's continuation runs while the limiter is locked.
     */
    @Override
    public CompletableFuture<Permit> awaitAsync(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait == null");
      long limit = Math.max(0, Math.min(toMillis(maxWait), LocalRateLimiter.this.maxWaitMillis));
      CompletableFuture<Permit> future = new CompletableFuture<>();
      Settled settled;
      lock.lock();
      try {
        if (awaited) {
          throw new IllegalStateException("a ticket is awaited once");
        }
        awaited = true;
        long start = now();
        int slot = cancelled || !waiters.isEmpty() ? -1 : tryTakeSlot(start);
        if (cancelled) {
          settled = Settled.failed(new CancellationException("the call was cancelled before it reached the rate limiter"));
        } else if (slot >= 0) {
          settled = Settled.granted(new SlotPermit(slot));
        } else {
          async = new AsyncWait(future, start, plus(start, limit));
          waiters.addLast(this);
          settled = advance(false);
        }
      } finally {
        lock.unlock();
      }
      if (settled != null) {
        settled.into(future);
      }
      // Cancelled by the caller, or completed by them (orTimeout): leave the queue. No effect after a grant.
      future.whenComplete((permit, error) -> cancel());
      return future;
    }

    /**
     * One decision for this async waiter, as {@link #awaitTurn} makes it for a blocking one; on a
     * wait it schedules the re-check and returns null. Call with the lock held.
     */
    private Settled advance(boolean timedOut) {
      if (cancelled) {
        leave();
        return Settled.failed(cancelled());
      }
      long now = now();
      Step step = step(this, now, async.start, async.deadline, timedOut);
      if (step.permit() != null) {
        leave();
        return Settled.granted(step.permit());
      }
      if (step.giveUp() != null) {
        leave();
        return Settled.failed(step.giveUp());
      }
      if (step.sleepUntil() >= 0) {
        recheckSoon(step.sleepUntil() - now, false);
      } else {
        recheckSoon(step.eventBudget(), true); // signalHead re-checks sooner, when the event comes
      }
      return null;
    }

    /**
     * Schedules the next decision {@code millis} from now; an earlier scheduled one no longer counts.
     * {@code timesOut}: the wait was for an event, and reaching the time means it did not come.
     */
    private void recheckSoon(long millis, boolean timesOut) {
      AsyncWait wait = async;
      wait.stopTimer();
      long generation = ++wait.generation;
      wait.timer = scheduler.schedule(() -> recheck(generation, timesOut), Duration.ofMillis(Math.max(0, millis)));
    }

    private void recheck(long generation, boolean timedOut) {
      Settled settled;
      lock.lock();
      try {
        if (async.generation != generation) {
          return; // superseded by a later re-check, or already settled
        }
        settled = advance(timedOut);
      } finally {
        lock.unlock();
      }
      if (settled != null) {
        settled.into(async.future);
      }
    }

    /** Leaves the queue, passing the turn on. Call with the lock held. */
    private void leave() {
      async.stopTimer();
      boolean wasHead = waiters.peekFirst() == this;
      waiters.remove(this);
      if (wasHead) {
        signalHead();
      }
    }

    private CancellationException cancelled() {
      return new CancellationException("left the rate limiter's queue: the call was cancelled");
    }
  }

  /** The state of an async wait: where it ends, and the one re-check that counts. Guarded by lock. */
  private static final class AsyncWait {
    final CompletableFuture<Permit> future;
    final long start;
    final long deadline;
    long generation;
    Scheduler.Scheduled timer;

    AsyncWait(CompletableFuture<Permit> future, long start, long deadline) {
      this.future = future;
      this.start = start;
      this.deadline = deadline;
    }

    /** Stops the scheduled re-check; one already running finds itself superseded. */
    void stopTimer() {
      generation++;
      if (timer != null) {
        timer.cancel();
        timer = null;
      }
    }
  }

  /** How an async wait ended; applied to its future outside the lock. */
  private record Settled(Permit permit, RuntimeException failure) {
    static Settled granted(Permit permit) {
      return new Settled(permit, null);
    }

    static Settled failed(RuntimeException failure) {
      return new Settled(null, failure);
    }

    /** Completes {@code future}; a permit nobody can take any more (the caller gave up) is closed. */
    void into(CompletableFuture<Permit> future) {
      if (permit == null) {
        future.completeExceptionally(failure);
      } else if (!future.complete(permit)) {
        permit.close();
      }
    }
  }

  /**
   * One waiting decision: exactly one of a permit, a time to sleep until (ticker millis, else -1), a
   * budget in millis to wait for an event in, or a timeout to give up with.
   */
  private record Step(Permit permit, long sleepUntil, long eventBudget, RateLimitWaitTimeoutException giveUp) {
    static Step granted(Permit permit) {
      return new Step(permit, -1, 0, null);
    }

    static Step sleepUntil(long at) {
      return new Step(null, at, 0, null);
    }

    static Step awaitEvent(long budgetMillis) {
      return new Step(null, -1, budgetMillis, null);
    }

    static Step giveUp(RateLimitWaitTimeoutException timeout) {
      return new Step(null, -1, 0, timeout);
    }
  }

  /**
   * When a waiter could start at the earliest; {@code sleepable} when that time is certain and the
   * waiter is first in line, so sleeping until then is right.
   */
  private record Estimate(long at, boolean sleepable) {}
}

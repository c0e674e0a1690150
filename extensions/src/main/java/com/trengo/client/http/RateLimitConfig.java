package com.trengo.client.http;

import java.time.Clock;
import java.time.Duration;
import com.trengo.client.internal.SleepingScheduler;
import java.util.Objects;

/**
 * How a {@link RateLimiter} paces requests: at most {@link #limit()} requests in any sliding {@link
 * #window()}, how long a caller may be kept waiting, and how long a server-requested pause may
 * last. Immutable; start from {@link #ofDefaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * RateLimitConfig config = RateLimitConfig.builder().maxWait(Duration.ofSeconds(30)).build();
 * }</pre>
 */
public final class RateLimitConfig {
  /** Trengo's documented budget: 120 requests per minute per token. */
  static final int DEFAULT_LIMIT = 120;

  static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  /** Keeps every derived time (window multiples, epoch millis plus a window) far from overflow. */
  static final Duration MAX_WINDOW = Duration.ofDays(1);

  /**
   * The sliding log keeps one timestamp per request in the window and scans it on every acquire, so
   * an absurd limit (say, {@code Integer.MAX_VALUE} meant as "unlimited") would exhaust memory.
   */
  static final int MAX_LIMIT = 10_000;

  /** Default {@link #maxWait()} in windows: a server pause plus a long queue, then give up. */
  static final int DEFAULT_MAX_WAIT_WINDOWS = 5;

  private static final RateLimitConfig DEFAULTS = new Builder().build();

  private final int limit;
  private final Duration window;
  private final Duration maxWait; // null: derived from the window
  private final Duration maxServerPause; // null: derived from the window
  private final Clock clock;
  private final Ticker ticker;
  private final Sleeper sleeper;
  private final Scheduler scheduler;
  /** The scheduler the user set, or null when {@link #scheduler} is derived from the sleeper. */
  private final Scheduler chosenScheduler;

  private RateLimitConfig(Builder builder) {
    this.limit = builder.limit;
    this.window = builder.window;
    this.maxWait = builder.maxWait;
    this.maxServerPause = builder.maxServerPause;
    this.clock = builder.clock;
    this.ticker = builder.ticker;
    this.sleeper = builder.sleeper;
    this.chosenScheduler = builder.scheduler;
    this.scheduler = SleepingScheduler.forSettings(builder.scheduler, builder.sleeper);
  }

  /**
   * Trengo's budget of 120 requests per 60 seconds; callers wait at most 5 minutes; a server pause
   * lasts at most 60 seconds; real time ({@link Clock#systemUTC()}, {@link Ticker#SYSTEM}, {@link
   * Sleeper#SYSTEM}).
   */
  public static RateLimitConfig ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the {@linkplain #ofDefaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The most requests allowed in any sliding {@link #window()}. Defaults to 120. */
  public int limit() {
    return limit;
  }

  /** The length of the sliding window. Defaults to 60 seconds. */
  public Duration window() {
    return window;
  }

  /**
   * The longest {@link RateLimiter#acquire()} may wait before it throws {@link
   * com.trengo.client.error.RateLimitWaitTimeoutException} instead. Zero means never wait. Defaults
   * to five {@linkplain #window() windows} (5 minutes): enough to sit out a server pause and a
   * queue of several windows' worth of requests from a batch job, short enough that a budget used
   * up elsewhere surfaces as an exception rather than a hang. A call through {@code TrengoClient}
   * waits no longer than what is left of its call timeout either.
   */
  public Duration maxWait() {
    return maxWait != null ? maxWait : window.multipliedBy(DEFAULT_MAX_WAIT_WINDOWS);
  }

  /**
   * The longest pause a server response ({@code 429}, or {@code X-RateLimit-Remaining: 0}) can
   * impose, whatever its {@code Retry-After} or {@code X-RateLimit-Reset} says. Defaults to one
   * {@linkplain #window() window}: a sliding window has room again by then, and a misconfigured or
   * hostile header cannot stall every caller for hours.
   */
  public Duration maxServerPause() {
    return maxServerPause != null ? maxServerPause : window;
  }

  /**
   * The wall clock, read only to turn a server's {@code Retry-After} date or {@code X-RateLimit-Reset}
   * time into a wait. Defaults to {@link Clock#systemUTC()}.
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The monotonic time every interval is measured with (slots, pauses, waits), so that a wall clock
   * set back or forward changes nothing. Defaults to {@link Ticker#SYSTEM}.
   */
  public Ticker ticker() {
    return ticker;
  }

  /** How the limiter waits for time to pass. Defaults to {@link Sleeper#SYSTEM}. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Where an {@linkplain RateLimiter.Ticket#awaitAsync async wait} waits: a timer entry that
   * re-checks the queue, instead of a parked thread. Defaults to {@link Scheduler#system()}; with an
   * injected {@link #sleeper()} and no scheduler, to one that waits through that sleeper on a thread
   * of its own (for tests on a fake clock).
   */
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public String toString() {
    return "RateLimitConfig{limit="
        + limit
        + ", window="
        + window
        + ", maxWait="
        + maxWait()
        + ", maxServerPause="
        + maxServerPause()
        + ", clock="
        + clock
        + '}';
  }

  /** Builds a {@link RateLimitConfig}; every setter validates its argument at once. */
  public static final class Builder {
    private int limit = DEFAULT_LIMIT;
    private Duration window = DEFAULT_WINDOW;
    private Duration maxWait;
    private Duration maxServerPause;
    private Clock clock = Clock.systemUTC();
    private Ticker ticker = Ticker.SYSTEM;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Scheduler scheduler; // null: Scheduler.system(), or through an injected sleeper

    private Builder() {}

    private Builder(RateLimitConfig config) {
      // Copy the unset state too, so a derived default still follows a window changed later.
      this.limit = config.limit;
      this.window = config.window;
      this.maxWait = config.maxWait;
      this.maxServerPause = config.maxServerPause;
      this.clock = config.clock;
      this.ticker = config.ticker;
      this.sleeper = config.sleeper;
      this.scheduler = config.chosenScheduler; // a derived one follows a sleeper set later
    }

    /** The most requests in any sliding window: from 1 to 10,000. */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "limit must be between 1 and " + MAX_LIMIT + ": " + limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * The length of the sliding window: from one millisecond to one day. Unless set explicitly,
     * {@link #maxWait(Duration) maxWait} and {@link #maxServerPause(Duration) maxServerPause}
     * follow it.
     */
    public Builder window(Duration window) {
      Objects.requireNonNull(window, "window == null");
      if (window.compareTo(Duration.ofMillis(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException("window must be between 1 ms and 1 day: " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * The longest a caller may wait for a permit; zero or more. Zero means fail rather than wait.
     */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait == null");
      if (maxWait.isNegative()) {
        throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /** The longest pause a server response can impose on every caller; more than zero. */
    public Builder maxServerPause(Duration maxServerPause) {
      Objects.requireNonNull(maxServerPause, "maxServerPause == null");
      if (maxServerPause.isNegative() || maxServerPause.isZero()) {
        throw new IllegalArgumentException("maxServerPause must be positive: " + maxServerPause);
      }
      this.maxServerPause = maxServerPause;
      return this;
    }

    /** The wall clock for server-given dates; tests pass a fake one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The monotonic time intervals are measured with; tests pass one that follows their fake clock. */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker == null");
      return this;
    }

    /**
     * How to wait for time to pass; tests pass one that advances a fake clock. With the default, a
     * timed wait in the queue is a timed wait on a condition, so a cancelled caller leaves at once.
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * The timer async waits are scheduled on; tests pass a fake one that runs its tasks as they
     * advance a fake clock.
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /** Creates the configuration. */
    public RateLimitConfig build() {
      return new RateLimitConfig(this);
    }
  }
}

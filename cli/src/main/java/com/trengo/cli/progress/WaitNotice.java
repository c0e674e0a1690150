package com.trengo.cli.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Says on stderr what a command is waiting for when it has been quiet a while: a request the server
 * has not answered after {@value #QUIET_SECONDS} s (and how long until it gives up), or calls held by
 * the rate limit. Repeated every {@value #REPEAT_SECONDS} s while the wait lasts, so a hung server is
 * never silent. Checked once a second on a daemon thread; {@link #check()} is the whole decision, for
 * tests on a fake clock.
 */
public final class WaitNotice implements AutoCloseable {
  static final long QUIET_SECONDS = 5;
  static final long REPEAT_SECONDS = 10;

  private final RateLimitWaitTracker tracker;
  private final PrintStream err;
  private final Duration giveUpAfter;
  private final String budget;
  private ScheduledExecutorService timer;
  private long lastNotice = Long.MIN_VALUE;

  /**
   * A notice reading {@code tracker}, printing to {@code err}.
   *
   * @param giveUpAfter when a request gives up (the call timeout), for the message
   * @param budget the rate limit in words, for the message ("60 requests per 5 s")
   */
  public WaitNotice(RateLimitWaitTracker tracker, PrintStream err, Duration giveUpAfter, String budget) {
    this.tracker = tracker;
    this.err = err;
    this.giveUpAfter = giveUpAfter;
    this.budget = budget;
  }

  /** Starts checking once a second. */
  public WaitNotice start() {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "trengo-wait-notice");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::check, 1, 1, TimeUnit.SECONDS);
    return this;
  }

  /** Prints a line when the command has been waiting long enough, and returns it. */
  public synchronized Optional<String> check() {
    long now = tracker.nanoTime();
    if (lastNotice != Long.MIN_VALUE && now - lastNotice < TimeUnit.SECONDS.toNanos(REPEAT_SECONDS)) {
      return Optional.empty();
    }
    Optional<String> line = describe(now);
    line.ifPresent(l -> {
      err.println(l);
      err.flush();
      lastNotice = now;
    });
    return line;
  }

  private Optional<String> describe(long now) {
    Optional<RateLimitWaitTracker.InFlight> oldest = tracker.oldestInFlight();
    if (oldest.isPresent()) {
      long waited = TimeUnit.NANOSECONDS.toSeconds(now - oldest.get().sinceNanos());
      if (waited >= QUIET_SECONDS) {
        return Optional.of(String.format(Locale.ROOT,
            "trengo: waiting %d s for the server to answer %s (a request gives up after %d s, retries included)",
            waited, oldest.get().request(), giveUpAfter.toSeconds()));
      }
      return Optional.empty();
    }
    long stalled = tracker.stalledNow().toSeconds();
    if (stalled >= QUIET_SECONDS) {
      return Optional.of(String.format(Locale.ROOT,
          "trengo: waiting %d s for the rate limit (%s; %d requests queued)", stalled, budget, tracker.waitingNow()));
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}

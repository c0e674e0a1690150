package com.trengo.client.testing;

import com.trengo.client.http.Sleeper;
import com.trengo.client.http.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fake clock that is also the {@link Sleeper} and the monotonic {@link Ticker}: sleeping advances
 * the clock at once instead of blocking, and records how long was asked for. Pass one instance as the
 * clock, the ticker and the sleeper of the code under test; tests then run instantly and can assert
 * on {@link #sleeps()}.
 *
 * <p>Thread-safe. Time only moves forward, by {@link #advance(Duration)} or {@link
 * #sleep(Duration)}. Like {@link Thread#sleep(long)}, {@code sleep} throws {@link
 * InterruptedException} (clearing the flag) if the calling thread is already interrupted.
 */
public final class FakeTime extends Clock implements Sleeper, Ticker {
  /** A whole second, so HTTP-dates (second resolution) round-trip exactly. */
  public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

  private final State state;
  private final ZoneId zone;

  /** Starts at {@link #DEFAULT_START}, in UTC. */
  public FakeTime() {
    this(DEFAULT_START);
  }

  /** Starts at {@code start}, in UTC. */
  public FakeTime(Instant start) {
    this(new State(Objects.requireNonNull(start, "start == null")), ZoneOffset.UTC);
  }

  private FakeTime(State state, ZoneId zone) {
    this.state = state;
    this.zone = zone;
  }

  /** Moves the time forward by {@code duration} without recording a sleep. */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time only moves forward: " + duration);
    }
    state.advance(duration, false);
  }

  /**
   * Records {@code duration} and advances the time by it at once. Zero or negative durations are
   * recorded but, like the real sleeper, do not move the time.
   */
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Objects.requireNonNull(duration, "duration == null");
    if (Thread.interrupted()) {
      throw new InterruptedException("interrupted before sleeping " + duration);
    }
    state.advance(duration, true);
  }

  /** Every duration passed to {@link #sleep(Duration)} so far, in order; a snapshot. */
  public List<Duration> sleeps() {
    return state.sleeps();
  }

  /** The sum of {@link #sleeps()}, ignoring negative ones (they do not move the time). */
  public Duration totalSlept() {
    return sleeps().stream().filter(d -> !d.isNegative()).reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return state.now();
  }

  /** Nanoseconds since {@link #DEFAULT_START}: moves exactly as the clock does. */
  @Override
  public long nanoTime() {
    Duration since = Duration.between(DEFAULT_START, state.now());
    return since.toNanos();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this one's time and sleeps. */
  @Override
  public FakeTime withZone(ZoneId zone) {
    return new FakeTime(state, Objects.requireNonNull(zone, "zone == null"));
  }

  @Override
  public String toString() {
    return "FakeTime{" + instant() + ", " + zone + '}';
  }

  /** Shared by every zone view of one fake time. */
  private static final class State {
    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    State(Instant start) {
      this.now = start;
    }

    synchronized Instant now() {
      return now;
    }

    synchronized void advance(Duration duration, boolean sleep) {
      if (sleep) {
        sleeps.add(duration);
      }
      if (!duration.isNegative()) {
        now = now.plus(duration);
      }
    }

    synchronized List<Duration> sleeps() {
      return List.copyOf(sleeps);
    }
  }
}

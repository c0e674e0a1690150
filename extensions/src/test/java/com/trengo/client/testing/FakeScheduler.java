package com.trengo.client.testing;

import com.trengo.client.http.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Scheduler} on {@link FakeTime}: like {@link Scheduler#system()} it runs tasks on one
 * thread of its own ({@code fake-scheduler}), never the caller's; a task with a delay runs only when
 * the test {@linkplain #advance advances} the fake time past it. Records every delay asked for.
 * Close it after the test.
 */
public final class FakeScheduler implements Scheduler, AutoCloseable {
  private final FakeTime time;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fake-scheduler");
    t.setDaemon(true);
    return t;
  });
  private final PriorityQueue<Entry> timers = new PriorityQueue<>();
  private final List<Duration> delays = new ArrayList<>();
  private final AtomicLong order = new AtomicLong();

  public FakeScheduler(FakeTime time) {
    this.time = time;
  }

  @Override
  public synchronized Scheduled schedule(Runnable task, Duration delay) {
    delays.add(delay);
    Entry entry = new Entry(time.nanoTime() + Math.max(0, delay.toNanos()), order.incrementAndGet(), task);
    if (delay.isZero() || delay.isNegative()) {
      thread.execute(entry::run);
    } else {
      timers.add(entry);
    }
    return entry::cancel;
  }

  /**
   * Lets the thread finish what it was handed, then moves the fake time forward by {@code duration}
   * and hands every task now due to the thread, in time order.
   */
  public void advance(Duration duration) {
    drain();
    time.advance(duration);
    runDue();
  }

  /** Hands the tasks whose time has come to the thread. */
  public synchronized void runDue() {
    long now = time.nanoTime();
    while (!timers.isEmpty() && timers.peek().at <= now) {
      Entry due = timers.poll();
      thread.execute(due::run);
    }
  }

  /** Every delay asked for so far, zero ones included, in order; a snapshot. */
  public synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  /** The non-zero delays asked for: the timed waits. */
  public synchronized List<Duration> timedDelays() {
    return delays.stream().filter(d -> !d.isZero() && !d.isNegative()).toList();
  }

  /** Tasks waiting for their time, not cancelled. */
  public synchronized int pending() {
    return (int) timers.stream().filter(e -> !e.cancelled).count();
  }

  /** Waits until the thread has run everything handed to it so far. */
  public void drain() {
    try {
      thread.submit(() -> { }).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many times {@code delay} was asked for so far. */
  public synchronized long count(Duration delay) {
    return delays.stream().filter(delay::equals).count();
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private static final class Entry implements Comparable<Entry> {
    final long at;
    final long seq;
    final Runnable task;
    volatile boolean cancelled;
    volatile boolean started;

    Entry(long at, long seq, Runnable task) {
      this.at = at;
      this.seq = seq;
      this.task = task;
    }

    void run() {
      if (!cancelled) {
        started = true;
        task.run();
      }
    }

    boolean cancel() {
      if (cancelled || started) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public int compareTo(Entry o) {
      return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
    }
  }
}

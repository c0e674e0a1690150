package com.trengo.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay, so a wait (for a rate-limit permit, a backoff) costs a timer entry
 * instead of a parked thread. {@link #system()} is the default; tests pass a fake one that runs tasks
 * when they advance a fake clock.
 *
 * <p>A scheduled task must be short and must not block: it decides, then hands the work on.
 */
@FunctionalInterface
public interface Scheduler {
  /**
   * Runs {@code task} once, {@code delay} from now (at once for a zero or negative delay), on a thread
   * of this scheduler's.
   *
   * @return a handle to cancel the task if it has not run yet
   */
  Scheduled schedule(Runnable task, Duration delay);

  /**
   * The JVM-wide scheduler: one daemon thread ({@code trengo-scheduler}), started on first use, which
   * only decides and hands work on; cancelled tasks leave its queue at once.
   */
  static Scheduler system() {
    return SystemScheduler.INSTANCE;
  }

  /** A task that was scheduled. */
  @FunctionalInterface
  interface Scheduled {
    /** Cancels the task if it has not started; returns whether it was cancelled by this call. */
    boolean cancel();
  }
}

/** The one {@code trengo-scheduler} thread of {@link Scheduler#system()}. */
final class SystemScheduler implements Scheduler {
  static final SystemScheduler INSTANCE = new SystemScheduler();

  private final ScheduledThreadPoolExecutor executor;

  private SystemScheduler() {
    executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "trengo-scheduler");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
  }

  @Override
  public Scheduled schedule(Runnable task, Duration delay) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(delay, "delay == null");
    long nanos;
    try {
      nanos = Math.max(0, delay.toNanos());
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE / 2;
    }
    ScheduledFuture<?> future = executor.schedule(task, nanos, TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public String toString() {
    return "Scheduler.system()";
  }
}

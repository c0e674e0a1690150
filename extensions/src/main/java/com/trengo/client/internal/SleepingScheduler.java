package com.trengo.client.internal;

import com.trengo.client.http.Scheduler;
import com.trengo.client.http.Sleeper;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The scheduler of a client or limiter given a {@link Sleeper} of its own (a test's fake clock) but no
 * {@link Scheduler}: each task runs on one daemon thread after {@code sleeper.sleep(delay)}, in the
 * order scheduled, so async waits pass on the same fake time as blocking ones. A task cancelled before
 * its turn is skipped without sleeping. Not for production: use {@link Scheduler#system()}.
 */
public final class SleepingScheduler implements Scheduler {
  private final Sleeper sleeper;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "trengo-sleeping-scheduler");
    t.setDaemon(true);
    return t;
  });

  private SleepingScheduler(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  /**
   * The scheduler to use: {@code chosen} when one was set; else {@link Scheduler#system()} for the
   * real sleeper, or one that waits through a fake {@code sleeper}, so async waits follow its time.
   */
  public static Scheduler forSettings(Scheduler chosen, Sleeper sleeper) {
    if (chosen != null) {
      return chosen;
    }
    return sleeper == Sleeper.SYSTEM ? Scheduler.system() : new SleepingScheduler(sleeper);
  }

  @Override
  public Scheduled schedule(Runnable task, Duration delay) {
    AtomicBoolean cancelled = new AtomicBoolean();
    AtomicBoolean started = new AtomicBoolean();
    thread.execute(() -> {
      if (cancelled.get()) {
        return;
      }
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (!cancelled.get() && started.compareAndSet(false, true)) {
        task.run();
      }
    });
    return () -> !started.get() && cancelled.compareAndSet(false, true);
  }

  @Override
  public String toString() {
    return "SleepingScheduler{" + sleeper + '}';
  }
}

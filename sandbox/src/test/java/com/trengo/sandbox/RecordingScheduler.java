package com.trengo.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link WebhookScheduler} for tests: records each backoff, and runs the retry at once (on a thread
 * of its own, as the contract asks) or keeps it to be run by hand.
 */
final class RecordingScheduler implements WebhookScheduler {
  private final boolean runAtOnce;
  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private final List<Runnable> kept = new CopyOnWriteArrayList<>();

  private RecordingScheduler(boolean runAtOnce) {
    this.runAtOnce = runAtOnce;
  }

  /** Runs every retry at once, whatever its backoff. */
  static RecordingScheduler immediate() {
    return new RecordingScheduler(true);
  }

  /** Keeps every retry until {@link #runKept()}. */
  static RecordingScheduler manual() {
    return new RecordingScheduler(false);
  }

  @Override
  public void schedule(Runnable attempt, Duration delay) {
    delays.add(delay);
    if (runAtOnce) {
      Thread thread = new Thread(attempt, "test-webhook-retry");
      thread.setDaemon(true);
      thread.start();
    } else {
      kept.add(attempt);
    }
  }

  List<Duration> delays() {
    return List.copyOf(delays);
  }

  /** Runs the retries kept so far, here. */
  void runKept() {
    List<Runnable> due = new ArrayList<>(kept);
    kept.clear();
    due.forEach(Runnable::run);
  }
}

package com.trengo.cli.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long job on standard error: a bar with count/total, rate, elapsed time and ETA, plus a
 * line of the job's own figures and the time spent waiting for the rate limit. Or nothing at all, when
 * standard error is not a terminal (a log, a test) and the bar was not forced.
 */
public interface Progress extends AutoCloseable {

  /** When to draw the bar. */
  enum Mode {
    /** Only when standard error is a terminal. */
    AUTO,
    /** Always, even into a file. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /** One more item done. */
  void step();

  /** {@code n} more items done. */
  void stepBy(long n);

  /** Ends the bar (leaves its last state on screen). */
  @Override
  void close();

  /** A progress that shows nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void stepBy(long n) {}

      @Override
      public void close() {}
    };
  }

  /**
   * A bar on {@code err} when {@code mode} and the terminal say so, else {@link #none()}.
   *
   * @param task the bar's label, e.g. {@code import}
   * @param total the number of items, or -1 when unknown (no ETA then)
   * @param unit the items' name for the rate, e.g. {@code rows}
   * @param figures the job's figures for the end of the line (e.g. "created 12 updated 3")
   * @param tracker where the rate-limit wait is read from
   */
  static Progress open(
      Mode mode,
      boolean stderrIsTerminal,
      PrintStream err,
      String task,
      long total,
      String unit,
      Supplier<String> figures,
      RateLimitWaitTracker tracker) {
    if (mode == Mode.NEVER || (mode == Mode.AUTO && !stderrIsTerminal)) {
      return none();
    }
    // On a terminal the consumer measures its width; into a file, a fixed width avoids asking JLine
    // for a terminal that is not there.
    ConsoleProgressBarConsumer consumer =
        stderrIsTerminal ? new ConsoleProgressBarConsumer(err) : new ConsoleProgressBarConsumer(err, 120);
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setConsumer(consumer)
            .setUnit(" " + unit, 1)
            .showSpeed(new java.text.DecimalFormat("0.0"))
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .build();
    return new Progress() {
      private boolean closed;

      @Override
      public void step() {
        stepBy(1);
      }

      @Override
      public void stepBy(long n) {
        bar.stepBy(n);
        bar.setExtraMessage(extra());
      }

      private String extra() {
        Duration wait = tracker.stalled();
        return "| " + figures.get()
            + String.format(Locale.ROOT, " | rate-limit wait %.1fs", wait.toMillis() / 1000.0);
      }

      @Override
      public synchronized void close() {
        if (!closed) {
          closed = true;
          bar.setExtraMessage(extra());
          bar.close();
        }
      }
    };
  }
}

package com.trengo.cli;

import com.trengo.client.http.Sleeper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one run of the command reads and writes: the environment, standard output and error, how it
 * waits between retries, and whether standard error is a terminal (for the progress bar). Tests pass
 * their own, so a run is fully in-process and never sleeps.
 *
 * @param env reads an environment variable; null when unset
 * @param out standard output: the command's result (contacts, tickets, the import summary)
 * @param err standard error: notices, errors and the progress bar
 * @param sleeper how retry backoffs wait
 * @param stderrIsTerminal whether standard error is an interactive terminal
 * @param interrupts where Ctrl-C is heard
 */
public record CliContext(
    Function<String, String> env, PrintStream out, PrintStream err, Sleeper sleeper, boolean stderrIsTerminal,
    Interrupts interrupts) {

  /** Checks the arguments. */
  public CliContext {
    Objects.requireNonNull(env, "env == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    Objects.requireNonNull(interrupts, "interrupts == null");
  }

  /** A context that is never interrupted. */
  public CliContext(
      Function<String, String> env, PrintStream out, PrintStream err, Sleeper sleeper, boolean stderrIsTerminal) {
    this(env, out, err, sleeper, stderrIsTerminal, Interrupts.NONE);
  }

  /** The real process: {@link System#getenv}, {@code System.out}, {@code System.err}, real sleeps, Ctrl-C. */
  public static CliContext system() {
    return new CliContext(
        System::getenv, System.out, System.err, Sleeper.SYSTEM, detectStderrTerminal(), Interrupts.SHUTDOWN_HOOK);
  }

  /** The same context with {@code env} instead. */
  public CliContext withEnv(Function<String, String> env) {
    return new CliContext(env, out, err, sleeper, stderrIsTerminal, interrupts);
  }

  /** The value of {@code name} in the environment, or null when it is unset or blank. */
  public String envValue(String name) {
    String value = env.apply(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * Java 17 cannot ask whether one stream is a terminal ({@code System.console()} needs both stdin and
   * stdout to be one, so {@code trengo ... | head} would lose the bar). On Linux, file descriptor 2
   * names its terminal; elsewhere fall back to the console test.
   */
  private static boolean detectStderrTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the portable test
    }
    return System.console() != null;
  }
}

package com.trengo.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code trengo webhooks listen ...} running in this process on a thread of its own, with its output
 * watched; {@link #stop()} interrupts it as Ctrl-C would end it.
 */
final class Listening implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);

  final Lines out = new Lines();
  final Lines err = new Lines();
  private final Thread thread;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  private Listening(Map<String, String> env, String... args) {
    CliContext context = new CliContext(env::get, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), duration -> { }, false);
    thread = new Thread(() -> {
      try {
        exit.complete(TrengoCli.run(context, args));
      } catch (Throwable t) {
        exit.completeExceptionally(t);
      }
    }, "test-listen");
    thread.start();
  }

  static Listening start(Map<String, String> env, String... args) {
    return new Listening(env, args);
  }

  /** The exit code once it has ended by itself (a usage error). */
  int exitCode() throws Exception {
    return exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Ends it as Ctrl-C would; returns its exit code. */
  int stop() throws Exception {
    thread.interrupt();
    return exitCode();
  }

  /** Stops it if it still runs; a test that failed half-way leaves nothing running. */
  @Override
  public void close() {
    if (!exit.isDone()) {
      thread.interrupt();
      try {
        exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("listen did not stop", e);
      }
    }
  }
}

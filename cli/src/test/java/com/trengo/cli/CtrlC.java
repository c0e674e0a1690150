package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.HeldRequest;
import com.trengo.sandbox.TrengoSandbox;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ctrl-C in a test, as the JVM delivers it: the command's handler runs on a thread of its own (a
 * shutdown hook) while the command is waiting for a request the sandbox holds, and the process would
 * end when the handler returns.
 */
final class CtrlC {

  private CtrlC() {}

  /**
   * Runs {@code args} against {@code sandbox}, presses Ctrl-C once {@code held} reached the server, and
   * returns the run; checks that the command listened for Ctrl-C and that its handler returned.
   */
  static CliRun onceHeld(TrengoSandbox sandbox, HeldRequest held, String... args) throws Exception {
    AtomicReference<Runnable> ctrlC = new AtomicReference<>();
    Interrupts interrupts = handler -> {
      ctrlC.set(handler);
      return () -> ctrlC.set(null);
    };
    CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(() -> CliRun.against(sandbox, interrupts, args));
    assertTrue(held.awaitArrival(Duration.ofSeconds(20)), "the held request reached the server");
    Runnable handler = ctrlC.get();
    assertNotNull(handler, "the command listens for Ctrl-C while it runs");
    Thread hook = new Thread(handler, "test-ctrl-c");
    hook.start();
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> running.get());
    hook.join(10_000);
    assertFalse(hook.isAlive(), "the handler returned once the report was written: " + run);
    return run;
  }
}

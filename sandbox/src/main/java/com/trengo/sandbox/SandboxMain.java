package com.trengo.sandbox;

import com.trengo.sandbox.internal.CommandLine;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a sandbox on a port until killed, for manual use and for clients not on the JVM.
 *
 * <pre>
 * java -jar trengo-sandbox-VERSION-standalone.jar --port 8089 [--seed 42] [--token sandbox-token]
 *     [--rate-limit 120/60s] [--fault-rate reset-after-apply=0.1,server-error=0.05] [--fault-seed 7]
 *     [--fault-delay 3s] [--host 127.0.0.1] [--webhook-hosts local|any]
 * </pre>
 *
 * Prints the base URL and the token on one line once it is serving, and each request or response that
 * leaves the contract to standard error as it happens. Registered webhooks receive signed deliveries;
 * {@code POST /__admin/trengo/webhooks/trigger} (with the token) makes an event happen, and {@code GET
 * /__admin/trengo/webhooks/deliveries} lists the deliveries (see the README).
 */
public final class SandboxMain {

  private SandboxMain() {}

  /** Starts the sandbox the arguments describe and blocks until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    // The standalone jar carries slf4j-simple; keep the validator's and Jetty's INFO lines out of the way.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    TrengoSandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (sandbox == null) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "trengo-sandbox-shutdown"));
    new CountDownLatch(1).await();
  }

  /**
   * Starts the sandbox the arguments describe and prints its base URL and token on one line to {@code
   * out}; prints the usage and returns null for {@code --help}.
   *
   * @throws IllegalArgumentException for arguments it does not understand
   */
  public static TrengoSandbox start(String[] args, PrintStream out) {
    CommandLine commandLine = CommandLine.parse(args);
    if (commandLine.helpRequested()) {
      out.println(CommandLine.USAGE);
      return null;
    }
    // Nobody calls assertNoViolations on a standalone server: each violation is printed as it happens.
    TrengoSandbox sandbox =
        commandLine.toBuilder().onViolation(v -> System.err.println("Contract violation: " + v)).build().start();
    out.println("Trengo sandbox serving " + sandbox.baseUrl() + " token " + sandbox.token());
    out.flush();
    return sandbox;
  }
}

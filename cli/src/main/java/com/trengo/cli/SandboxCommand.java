package com.trengo.cli;

import com.trengo.sandbox.TrengoSandbox;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trengo sandbox}: serve the sandbox on a port for other tools, until stopped. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the sandbox (a stateful fake of the Trengo API seeded with demo data) for other tools,"
          + " until stopped with Ctrl-C. Prints its base URL and token, and how to point this command at it."
    })
public final class SandboxCommand implements Callable<Integer> {

  private final CliContext context;

  @Mixin SandboxOptions sandbox = new SandboxOptions();

  @Option(names = "--port", paramLabel = "N", defaultValue = "8089", description = "Port (default 8089; 0 picks a free one).")
  int port = 8089;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1).")
  String host = "127.0.0.1";

  /** The command, for {@code context}. */
  public SandboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    TrengoSandbox server =
        sandbox.toBuilder()
            .port(port)
            .bindAddress(host)
            .onViolation(v -> context.err().println("trengo sandbox: contract violation: " + v))
            .build()
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "trengo-sandbox-shutdown"));
    context.out().println("Trengo sandbox serving " + server.baseUrl() + " token " + server.token());
    context.out().println("Try: TRENGO_BASE_URL=" + server.baseUrl() + " TRENGO_TOKEN=" + server.token()
        + " ./trengo contacts export");
    context.out().flush();
    new CountDownLatch(1).await(); // until the process is stopped
    return TrengoCli.OK;
  }
}

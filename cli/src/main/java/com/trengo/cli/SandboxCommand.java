package com.trengo.cli;

import com.trengo.sandbox.TrengoSandbox;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code trengo sandbox}: serve the sandbox on a port for other tools, until stopped. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the sandbox (a stateful fake of the Trengo API seeded with demo data) for other tools,"
          + " until stopped with Ctrl-C. Prints its base URL and token, and how to point this command at it."
    })
public final class SandboxCommand implements Callable<Integer> {

  /** An IPv4 or IPv6 literal, or localhost: nothing that needs a name lookup to bind. */
  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("localhost|(\\d{1,3}\\.){3}\\d{1,3}|[0-9a-fA-F:]*:[0-9a-fA-F:]*");

  private final CliContext context;

  @Spec CommandSpec spec;

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
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
    }
    if (!ADDRESS.matcher(host).matches()) {
      throw new ParameterException(spec.commandLine(), "--host must be an address of this machine such as"
          + " 127.0.0.1, 0.0.0.0, ::1 or localhost, was '" + Terminal.safe(host) + "'");
    }
    TrengoSandbox server;
    try {
      server =
          sandbox.toBuilder()
              .port(port)
              .bindAddress(host)
              .onViolation(v -> context.err().println("trengo sandbox: contract violation: " + v))
              .build()
              .start();
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--host/--port: cannot serve on " + Terminal.safe(host) + ":" + port + ": "
          + Terminal.safe(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "trengo-sandbox-shutdown"));
    context.out().println("Trengo sandbox serving " + server.baseUrl() + " token " + server.token());
    context.out().println("Try: TRENGO_BASE_URL=" + server.baseUrl() + " TRENGO_TOKEN=" + server.token()
        + " ./trengo contacts export");
    context.out().println("Its admin API (/__admin) admits only this token, and no request from a web page.");
    context.out().flush();
    new CountDownLatch(1).await(); // until the process is stopped
    return TrengoCli.OK;
  }
}

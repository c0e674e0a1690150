package com.trengo.cli.webhooks;

import com.sun.net.httpserver.HttpServer;
import com.trengo.cli.CliContext;
import com.trengo.cli.TrengoCli;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Webhook;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import com.trengo.sandbox.TrengoSandbox;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trengo webhooks listen}: verify and print each delivery, from the sandbox or from Trengo. */
@Command(
    name = "listen",
    mixinStandardHelpOptions = true,
    description = {
      "Receives webhook deliveries on http://127.0.0.1:PORT/, verifies each signature and prints each"
          + " delivery as one JSON line on stdout; a delivery that does not verify or read is reported"
          + " on stderr (and answered 401 or 400), never printed as an event. Runs until Ctrl-C.",
      "",
      "Without --secret: starts a sandbox on 127.0.0.1:8089 (--sandbox-port) and registers a webhook"
          + " for every event type (or --events) pointing here, with the signing secrets the sandbox"
          + " answers. Then, from another shell, `trengo webhooks trigger TICKET_ASSIGNED` makes the"
          + " sandbox send one; so do API calls to it (TRENGO_BASE_URL=http://127.0.0.1:8089/api/v2/"
          + " TRENGO_TOKEN=sandbox-token).",
      "",
      "With --secret: registers nothing and starts no sandbox; verifies with the signing_secret given"
          + " (repeat for several webhooks) and reads each delivery as the event it names (event_type):"
          + " for deliveries from a real Trengo account that reach this port through a tunnel."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"2:usage error, or a port in use", "130:stopped with Ctrl-C (the normal end)"})
public final class ListenCommand implements Callable<Integer> {

  /** The exit code of a run ended by Ctrl-C (in process, by an interrupt): 128 + SIGINT. */
  static final int INTERRUPTED = 130;

  private final CliContext context;

  @Option(names = "--port", paramLabel = "N", defaultValue = "4242",
      description = "Port to receive deliveries on, on 127.0.0.1 (default 4242; 0 picks a free one).")
  int port = 4242;

  @Option(names = "--secret", paramLabel = "S",
      description = "A webhook's signing_secret: verify deliveries with it instead of registering on a"
          + " sandbox. Repeat for several webhooks.")
  List<String> secrets = new ArrayList<>();

  @Option(names = "--events", paramLabel = "LIST", split = ",",
      description = "The event types to register on the sandbox, e.g. TICKET_ASSIGNED,TICKET_CLOSED (default all).")
  List<String> events = new ArrayList<>();

  @Option(names = "--sandbox-port", paramLabel = "N", defaultValue = "8089",
      description = "Port of the sandbox it starts (default 8089, where `trengo webhooks trigger` looks;"
          + " 0 picks a free one).")
  int sandboxPort = WebhooksCommand.SANDBOX_PORT;

  /** The command, for {@code context}. */
  public ListenCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String problem = checkOptions();
    if (problem != null) {
      return usage(problem);
    }
    Deque<AutoCloseable> opened = new ArrayDeque<>(); // closed last-opened first
    Thread hook = null;
    try {
      HttpServer server;
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      } catch (BindException e) {
        return usage("port " + port + " on 127.0.0.1 is in use: choose another with --port");
      } catch (IOException e) {
        return usage("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      }
      opened.push(() -> server.stop(0));
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

      WebhookReceiver receiver = secrets.isEmpty() ? registerOnSandbox(url, opened) : bySecrets();
      if (receiver == null) {
        return TrengoCli.USAGE;
      }
      DeliveryPrinter printer = new DeliveryPrinter(receiver, context.out(), context.err(), Clock.systemUTC());
      ExecutorService oneThread = Executors.newSingleThreadExecutor(r -> daemon(r, "trengo-webhooks-listen"));
      opened.push(oneThread::shutdownNow);
      server.setExecutor(oneThread); // one delivery at a time: printed lines never interleave
      server.createContext("/", printer);
      server.start();
      context.err().println("trengo webhooks listen: waiting for deliveries on " + url + " (Ctrl-C to stop)");
      context.err().flush();

      CountDownLatch stopped = new CountDownLatch(1);
      // Ctrl-C runs this hook (the JVM then exits 130); in process, an interrupt ends the wait below.
      hook = new Thread(() -> stop(opened, printer, stopped), "trengo-webhooks-listen-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop(opened, printer, stopped);
      }
      return INTERRUPTED;
    } finally {
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running and closes everything itself
        }
      }
      closeAll(opened);
    }
  }

  private String checkOptions() {
    if (port < 0 || port > 65_535) {
      return "--port must be 0 to 65535, was " + port;
    }
    if (sandboxPort < 0 || sandboxPort > 65_535) {
      return "--sandbox-port must be 0 to 65535, was " + sandboxPort;
    }
    for (String event : events) {
      if (WebhooksCommand.type(event).isEmpty()) {
        return "--events: '" + event + "' is not an event type; one of " + WebhooksCommand.typeNames();
      }
    }
    for (String secret : secrets) {
      if (secret.isEmpty() || !secret.equals(secret.strip())) {
        return "--secret must not be empty, nor start or end with a space";
      }
    }
    if (!secrets.isEmpty() && !events.isEmpty()) {
      return "--events chooses what to register on the sandbox; with --secret nothing is registered";
    }
    if (secrets.isEmpty() && context.envValue("TRENGO_TOKEN") != null) {
      return "TRENGO_TOKEN is set: give --secret (the signing_secret of the webhook posting here);"
          + " listen registers webhooks only on a sandbox of its own, never on a real account"
          + " (unset TRENGO_TOKEN for that)";
    }
    return null;
  }

  /**
   * Starts the sandbox and registers, through the client as any user would, one webhook per type at
   * {@code url}; the receiver takes each registered webhook's type and secret. Null after a usage error.
   */
  private WebhookReceiver registerOnSandbox(String url, Deque<AutoCloseable> opened) {
    TrengoSandbox sandbox;
    try {
      sandbox = TrengoSandbox.builder().port(sandboxPort)
          .onViolation(v -> context.err().println("trengo webhooks listen: sandbox contract violation: " + v))
          .build().start();
    } catch (RuntimeException e) {
      if (causedByBind(e)) {
        usage("port " + sandboxPort + " on 127.0.0.1 is in use (another sandbox?): choose another with"
            + " --sandbox-port, and give `trengo webhooks trigger` its URL with --base-url");
        return null;
      }
      throw e;
    }
    opened.push(sandbox);
    TrengoClient client = TrengoClient.builder().baseUrl(sandbox.baseUrl()).token(sandbox.token())
        // A limiter of its own, with room for one create per type at once.
        .rateLimiter(RateLimiter.create(RateLimitConfig.builder().limit(120).window(Duration.ofMinutes(1)).build()))
        .build();
    opened.push(client::close);
    List<WebhookEventType> types = events.isEmpty() ? WebhooksCommand.types()
        : events.stream().map(e -> WebhooksCommand.type(e).orElseThrow()).distinct().toList();
    WebhookReceiver.Builder receiver = WebhookReceiver.builder();
    for (WebhookEventType type : types) {
      Webhook registered = client.webhooks().create(com.trengo.client.builder.Webhook.builder()
          .url(url).type(type).name("trengo webhooks listen").build());
      receiver.webhook(registered);
    }
    context.err().println("trengo webhooks listen: sandbox serving " + sandbox.baseUrl() + " token " + sandbox.token()
        + "; " + types.size() + (types.size() == 1 ? " webhook" : " webhooks") + " registered there for "
        + (events.isEmpty() ? "every event type" : String.join(", ", types.stream().map(Enum::name).toList())));
    String trigger = sandbox.port() == WebhooksCommand.SANDBOX_PORT ? "" : " --base-url " + sandbox.baseUrl();
    WebhookEventType example = types.contains(WebhookEventType.TICKET_ASSIGNED) ? WebhookEventType.TICKET_ASSIGNED
        : types.get(0);
    context.err().println("trengo webhooks listen: from another shell: trengo webhooks trigger "
        + example.name() + trigger);
    return receiver.build();
  }

  private WebhookReceiver bySecrets() {
    WebhookReceiver.Builder receiver = WebhookReceiver.builder();
    secrets.forEach(receiver::secret);
    context.err().println("trengo webhooks listen: verifying with the " + secrets.size()
        + (secrets.size() == 1 ? " secret" : " secrets") + " given; nothing registered, no sandbox started");
    return receiver.build();
  }

  private void stop(Deque<AutoCloseable> opened, DeliveryPrinter printer, CountDownLatch stopped) {
    if (stopped.getCount() == 0) {
      return;
    }
    closeAll(opened);
    context.err().println("trengo webhooks listen: stopped; " + printer.printed() + " printed, "
        + printer.refused() + " refused");
    context.err().flush();
    stopped.countDown();
  }

  private static synchronized void closeAll(Deque<AutoCloseable> opened) {
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        // closing on the way out: nothing left to tell the user
      }
    }
  }

  private int usage(String message) {
    context.err().println("trengo webhooks listen: " + message);
    context.err().flush();
    return TrengoCli.USAGE;
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}

package com.trengo.cli.bench;

import com.trengo.cli.CliContext;
import com.trengo.cli.DurationConverter;
import com.trengo.cli.Terminal;
import com.trengo.cli.TrengoCli;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.TrengoException;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.sandbox.TrengoSandbox;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trengo bench keepalive}: creates against a sandbox that closes idle keep-alive connections
 * after {@code --idle-timeout}, spaced further apart than that, so that every create after the first
 * would find its pooled connection closed by the server. Reports how many succeeded and how many the
 * sandbox received: both must equal the creates sent. Real time passes (the sandbox's idle timer is
 * real), so this is a demonstration to run by hand, not a test.
 */
@Command(
    name = "keepalive",
    mixinStandardHelpOptions = true,
    description = {
      "Sends creates, spaced apart, to a sandbox that closes idle connections sooner: each must succeed"
          + " and arrive exactly once (a create never goes out on a connection the server may have closed).",
      "Exit code 0 when every create succeeded and the sandbox received each exactly once, else 1."
    })
public final class KeepAliveBenchmark implements Callable<Integer> {

  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--creates", paramLabel = "N", defaultValue = "5", description = "Creates to send (default 5).")
  int creates = 5;

  @Option(names = "--gap", paramLabel = "D", defaultValue = "3s", converter = DurationConverter.class,
      description = "Time between two creates (default 3s).")
  Duration gap = Duration.ofSeconds(3);

  @Option(names = "--idle-timeout", paramLabel = "D", defaultValue = "2s", converter = DurationConverter.class,
      description = "How long the sandbox keeps an idle connection open (default 2s).")
  Duration idleTimeout = Duration.ofSeconds(2);

  /** The benchmark, for {@code context}. */
  public KeepAliveBenchmark(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (creates < 1 || creates > 100) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--creates must be between 1 and 100, was " + creates);
    }
    var out = context.out();
    try (TrengoSandbox sandbox = TrengoSandbox.builder().idleTimeout(idleTimeout).build().start();
        TrengoClient client = TrengoClient.builder()
            .token(sandbox.token())
            .baseUrl(sandbox.baseUrl())
            .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults()))
            .build()) {
      out.printf(Locale.ROOT, "keepalive: %d creates %d ms apart; the sandbox at %s closes idle connections after %d ms%n",
          creates, gap.toMillis(), sandbox.baseUrl(), idleTimeout.toMillis());
      int succeeded = 0;
      for (int i = 1; i <= creates; i++) {
        if (i > 1) {
          context.sleeper().sleep(gap);
        }
        try {
          client.contacts().create(new CreateContactRequest()
              .name("Keepalive " + i).identifier("keepalive-" + i + "@example.com").channelId(101L));
          succeeded++;
          out.printf(Locale.ROOT, "  create %d: created%n", i);
        } catch (TrengoException e) {
          out.printf(Locale.ROOT, "  create %d: %s: %s%n", i, e.getClass().getSimpleName(), Terminal.safe(e.getMessage()));
        }
      }
      long received = sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/contacts")).count();
      boolean ok = succeeded == creates && received == creates;
      out.printf(Locale.ROOT, "  %d of %d creates succeeded; the sandbox received %d POST /contacts; result: %s%n",
          succeeded, creates, received, ok ? "PASS" : "FAIL");
      return ok ? TrengoCli.OK : TrengoCli.SOME_FAILED;
    }
  }
}

package com.trengo.cli;

import com.trengo.cli.progress.Progress;
import com.trengo.sandbox.RateLimit;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command sends its requests and how it paces them: the embedded sandbox (no {@code
 * TRENGO_TOKEN}) with its options, or the real API; the client's own budget; how long a request may
 * take; the progress bar.
 */
public final class TargetOptions {

  /** How long one request may take, retries and waits included, unless --timeout says otherwise. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  @Mixin SandboxOptions sandbox = new SandboxOptions();

  @Option(
      names = "--rate-limit",
      paramLabel = "R/W",
      converter = SandboxOptions.RateLimitConverter.class,
      description =
          "The token's budget the client paces itself to, e.g. 120/60s (default: Trengo's 120/60s;"
              + " on the embedded sandbox, the sandbox's).")
  RateLimit clientRateLimit;

  @Option(
      names = "--timeout",
      paramLabel = "D",
      converter = DurationConverter.class,
      description = "How long one request may take, its retries and rate-limit waits included, e.g. 30s"
          + " (default 60s). A command that cannot read the account stops at the first request that gives up.")
  Duration timeout = DEFAULT_TIMEOUT;

  @Option(
      names = "--allow-plain-http",
      description = "Let TRENGO_BASE_URL be plain http:// to another machine (the token then travels in clear).")
  boolean allowPlainHttp;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Progress bar on stderr: auto (when stderr is a terminal), always, never.")
  Progress.Mode progress = Progress.Mode.AUTO;
}

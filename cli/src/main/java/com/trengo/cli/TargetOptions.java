package com.trengo.cli;

import com.trengo.cli.progress.Progress;
import com.trengo.sandbox.RateLimit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command sends its requests and how it paces them: the embedded sandbox (no {@code
 * TRENGO_TOKEN}) with its options, or the real API; the client's own budget; the progress bar.
 */
public final class TargetOptions {

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
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Progress bar on stderr: auto (when stderr is a terminal), always, never.")
  Progress.Mode progress = Progress.Mode.AUTO;
}

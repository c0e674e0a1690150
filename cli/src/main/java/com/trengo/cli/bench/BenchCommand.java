package com.trengo.cli.bench;

import com.trengo.cli.CliContext;
import com.trengo.cli.TrengoCli;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code trengo bench}: benchmarks anyone can rerun. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks anyone can rerun, on an embedded sandbox.",
    subcommands = {ImportBenchmark.class})
public final class BenchCommand implements Callable<Integer> {

  private final CliContext context;

  /** The command, for {@code context}. */
  public BenchCommand(CliContext context) {
    this.context = context;
  }

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public Integer call() {
    picocli.CommandLine.usage(this, context.err());
    return TrengoCli.USAGE;
  }
}

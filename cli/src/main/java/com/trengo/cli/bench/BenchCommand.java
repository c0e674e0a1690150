package com.trengo.cli.bench;

import com.trengo.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code trengo bench}: benchmarks anyone can rerun. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks anyone can rerun, on an embedded sandbox.",
    subcommands = {ImportBenchmark.class, KeepAliveBenchmark.class})
public final class BenchCommand extends GroupCommand {
}
